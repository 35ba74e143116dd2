package dev.firebreak.api.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A screenshot uploaded with a vision model configured: a local fake Hugging Face router answers
 * in the OpenAI vision format, observing the dashboard the test rendered (and one thing that is not
 * on it), and the observations land in the evidence, the response, the timeline and the audit.
 */
class ScreenshotVisionIT extends FirebreakIT {
  static final String HF_TOKEN = "hf_TESTvisionN0tReal0123456789";
  static final MockWebServer model = new MockWebServer();
  static final List<String> requests = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void vision(DynamicPropertyRegistry registry) throws IOException {
    model.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().utf8();
        requests.add(body);
        return answer(body);
      }
    });
    model.start();
    registry.add("firebreak.vision.provider", () -> "huggingface");
    registry.add("firebreak.vision.base-url", () -> model.url("/v1").toString());
    registry.add("firebreak.vision.api-key", () -> HF_TOKEN);
    registry.add("firebreak.vision.model", () -> "Qwen/Qwen2.5-VL-7B-Instruct");
  }

  @AfterAll
  static void stop() {
    model.close();
  }

  /** What a vision model says about the rendered dashboard: its title, the figures, and one invented panel. */
  static MockResponse answer(String requestBody) {
    Matcher id = Pattern.compile("Screenshot evidence id: (ev-screenshot-[0-9a-f]+)").matcher(requestBody);
    String evidenceId = id.find() ? id.group(1) : "ev-none";
    String content = """
        {"observations": [
          {"kind": "panel_title", "panel": "Checkout Latency Dashboard", "text": "A latency dashboard.",
           "evidenceIds": ["%1$s"]},
          {"kind": "level_change", "panel": "Checkout Latency Dashboard", "series": "p99 latency",
           "text": "p99 latency stands at 2417 ms.", "evidenceIds": ["%1$s"]},
          {"kind": "spike", "panel": "Database connections", "series": "pool usage", "at": "10:24",
           "text": "Pool usage spikes.", "evidenceIds": ["%1$s"]},
          {"kind": "drop", "panel": "Orders", "text": "Orders drop.", "evidenceIds": ["ev-deploy-1"]}
        ]}""".formatted(evidenceId);
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(Json.write(Map.of("id", "chatcmpl-b7f0d5a1e3c24c9f", "object", "chat.completion",
            "created", 1772359201, "model", "Qwen/Qwen2.5-VL-7B-Instruct",
            "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                "message", Map.of("role", "assistant", "content", content))),
            "usage", Map.of("prompt_tokens", 1420, "completion_tokens", 210, "total_tokens", 1630))))
        .build();
  }

  @Test
  void aScreenshotIsReadByOcrAndTheVisionModelAndOnlyGroundedObservationsAreKept() throws Exception {
    Assumptions.assumeTrue(ScreenshotIT.tesseractInstalled() || !"true".equals(System.getenv("CI")),
        "tesseract is required under CI");
    boolean ocr = ScreenshotIT.tesseractInstalled();
    Http http = http();
    String id = ScreenshotIT.incident(http, "ledger-vision");
    http.await("/api/v1/incidents/" + id, j -> j.path("incident").path("triaged").asBoolean(true));
    byte[] png = ScreenshotIT.dashboard("png");

    Http.Response r = ScreenshotIT.upload(http, id, "image/png", png);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode stored = r.json();
    String evidenceId = stored.get("evidenceId").asText();
    JsonNode observations = stored.get("observations");
    assertThat(observations.findValuesAsText("kind")).containsExactly("panel_title", "level_change", "spike");
    for (JsonNode o : observations) {
      assertThat(o.get("evidenceIds").get(0).asText()).isEqualTo(evidenceId);
    }
    if (ocr) {
      assertThat(observations.findValuesAsText("support")).containsExactly("ocr", "ocr", "model-only");
    }
    assertThat(stored.get("vision").asText()).startsWith("observed by Qwen/Qwen2.5-VL-7B-Instruct: ")
        .endsWith("(1 ungrounded dropped)");

    // the request: one user message, the OCR text and the very bytes uploaded as a data URI
    JsonNode sent = Json.MAPPER.readTree(requests.get(requests.size() - 1));
    assertThat(sent.get("model").asText()).isEqualTo("Qwen/Qwen2.5-VL-7B-Instruct");
    assertThat(sent.at("/messages/1/content/0/type").asText()).isEqualTo("text");
    assertThat(sent.at("/messages/1/content/0/text").asText()).startsWith("Screenshot evidence id: " + evidenceId);
    assertThat(sent.at("/messages/1/content/1/type").asText()).isEqualTo("image_url");
    assertThat(sent.at("/messages/1/content/1/image_url/url").asText())
        .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));

    JsonNode evidence = http.get("/api/v1/incidents/" + id + "/evidence/" + evidenceId).json();
    assertThat(evidence.get("summary").asText()).contains("observed by Qwen/Qwen2.5-VL-7B-Instruct",
        "panel title \"Checkout Latency Dashboard\"");
    assertThat(jdbc.queryForObject("select vision_model from screenshots where evidence_id = ?", String.class,
        evidenceId)).isEqualTo("Qwen/Qwen2.5-VL-7B-Instruct");
    http.await("/api/v1/incidents/" + id, j -> j.get("timeline").findValuesAsText("text").stream()
        .anyMatch(t -> t.contains(evidenceId + " (3 observations by Qwen/Qwen2.5-VL-7B-Instruct")));

    JsonNode calls = http.get("/api/v1/incidents/" + id + "/model-calls").json();
    JsonNode vision = null;
    for (JsonNode c : calls) {
      if (c.get("purpose").asText().equals("vision")) {
        vision = c;
      }
    }
    assertThat(vision).isNotNull();
    assertThat(vision.get("outcome").asText()).isEqualTo("ok");
    assertThat(vision.get("provider").asText()).isEqualTo("huggingface");
    assertThat(vision.get("tokensIn").asInt()).isEqualTo(1420);
    assertThat(vision.get("request").asText()).contains("data:image/png;base64,<" + png.length + " bytes")
        .doesNotContain(Base64.getEncoder().encodeToString(png).substring(0, 200), HF_TOKEN);
  }
}
