package dev.firebreak.activities.vision;

import static dev.firebreak.activities.hypotheses.FakeInference.huggingFaceRouter;
import static dev.firebreak.activities.hypotheses.FakeInference.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.Fixtures;
import dev.firebreak.activities.hypotheses.InMemoryModelCallLog;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.support.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vision model behind a local fake server speaking the OpenAI vision format (and the HF router's). */
class ScreenshotVisionTest {
  static final String ID = "ev-screenshot-0a1b2c3d4e5f";
  static final byte[] PNG = "\u0089PNG\r\n\u001a\n fake dashboard pixels".getBytes(StandardCharsets.ISO_8859_1);
  static final String OCR = """
      Checkout Latency Dashboard
      p99 latency 2417 ms  10:24
      error rate 12.5 percent
      ERROR connection pool exhausted (max=20) in OrderRepository""";

  /** The answer a vision model gives for the dashboard, with every kind of claim the check must sort. */
  static final String ANSWER = """
      {"observations": [
        {"kind": "panel_title", "panel": "Checkout Latency Dashboard", "series": null, "at": null,
         "text": "The dashboard shows checkout latency.", "evidenceIds": ["%1$s"]},
        {"kind": "spike", "panel": "Checkout Latency Dashboard", "series": "p99 latency", "at": "10:24",
         "text": "p99 latency rises to 2417 ms.", "evidenceIds": ["%1$s"]},
        {"kind": "drop", "panel": "Checkout Latency Dashboard", "series": "orders per second", "at": "10:25",
         "text": "Orders fall to 40 per second.", "evidenceIds": ["%1$s"]},
        {"kind": "error_text", "panel": null, "series": null, "at": null,
         "text": "ERROR connection pool exhausted (max=20) in OrderRepository", "evidenceIds": ["%1$s"]},
        {"kind": "spike", "panel": "Database", "series": "cpu", "at": "10:20",
         "text": "Database CPU rose first.", "evidenceIds": ["ev-metric-7"]},
        {"kind": "root_cause", "panel": null, "series": null, "at": null,
         "text": "The deploy caused it.", "evidenceIds": ["%1$s"]},
        {"kind": "level_change", "panel": "Checkout Latency Dashboard", "series": "error rate", "at": null,
         "text": "Error rate steps up to 12.5 percent.", "evidenceIds": []}
      ]}""".formatted(ID);

  private final MockWebServer server = new MockWebServer();
  private final InMemoryModelCallLog audit = new InMemoryModelCallLog();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ScreenshotVision vision() {
    ModelSettings s = new ModelSettings("huggingface", server.url("/v1").toString(), Fixtures.API_KEY,
        "Qwen/Qwen2.5-VL-7B-Instruct", java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(20), 2,
        java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(50), 6, 50_000, 4000, 512, 0.2, false,
        List.of("emails"));
    return new ScreenshotVision(new ChatCompletionsClient(s, d -> { }), s, audit, new LlmMetrics(registry, "huggingface"));
  }

  private ScreenshotVision.Analysis analyse(String ocr) {
    return vision().analyse(new ScreenshotVision.Screenshot("inc-0123456789ab", ID, "image/png", PNG, ocr));
  }

  @Test
  void theRequestIsOneUserMessageWithTheOcrTextAndTheImageAsADataUri() throws Exception {
    server.enqueue(huggingFaceRouter(ANSWER));

    analyse(OCR + "\nreported by dana@example.com");

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
    JsonNode sent = Json.MAPPER.readTree(r.getBody().utf8());
    String expected = """
        {"model": "Qwen/Qwen2.5-VL-7B-Instruct",
         "messages": [
           {"role": "system", "content": %s},
           {"role": "user", "content": [
             {"type": "text", "text": %s},
             {"type": "image_url", "image_url": {"url": "data:image/png;base64,%s"}}]}],
         "temperature": 0, "max_tokens": 512, "stream": false}""".formatted(
        Json.write(ScreenshotVision.SYSTEM),
        Json.write("Screenshot evidence id: " + ID + "\nText OCR read from the same image (it may contain errors):\n"
            + OCR + "\nreported by [REDACTED]"),
        Base64.getEncoder().encodeToString(PNG));
    assertThat(sent).isEqualTo(Json.MAPPER.readTree(expected));
  }

  @Test
  void observationsMustCiteTheScreenshotAndAreCheckedAgainstTheOcrText() {
    server.enqueue(huggingFaceRouter(ANSWER));

    ScreenshotVision.Analysis a = analyse(OCR);

    assertThat(a.problem()).isNull();
    assertThat(a.dropped()).isEqualTo(3);
    assertThat(a.observations()).extracting(Observation::kind)
        .containsExactly("panel_title", "spike", "drop", "error_text");
    assertThat(a.observations()).allSatisfy(o -> assertThat(o.evidenceIds()).containsExactly(ID));
    assertThat(a.observations()).extracting(Observation::support)
        .containsExactly("ocr", "ocr", "model-only", "ocr");
    assertThat(a.observations().get(2).unsupported()).containsExactly("series", "at", "text");
    assertThat(a.summary()).isEqualTo("observed by Qwen/Qwen2.5-VL-7B-Instruct: "
        + "[ocr] panel title \"Checkout Latency Dashboard\": The dashboard shows checkout latency.; "
        + "[ocr] spike in \"Checkout Latency Dashboard\" (p99 latency) at 10:24: p99 latency rises to 2417 ms.; "
        + "[model-only] drop in \"Checkout Latency Dashboard\" (orders per second) at 10:25: Orders fall to 40 per second.; "
        + "[ocr] error text: ERROR connection pool exhausted (max=20) in OrderRepository (3 ungrounded dropped)");

    assertThat(audit.calls).singleElement().satisfies(c -> {
      assertThat(c.purpose()).isEqualTo("vision");
      assertThat(c.requestId()).isEqualTo("vision-" + ID);
      assertThat(c.outcome()).isEqualTo("ok");
      assertThat(c.evidenceIds()).containsExactly(ID);
      assertThat(c.tokensIn()).isEqualTo(901);
      // the audit keeps what was asked, not the image
      assertThat(c.request()).contains("data:image/png;base64,<" + PNG.length + " bytes, sha256 ")
          .doesNotContain(Base64.getEncoder().encodeToString(PNG));
    });
    assertThat(registry.find("firebreak.llm.ungrounded.claims.dropped").counter().count()).isEqualTo(3);
  }

  @Test
  void anErrorTextTheOcrDidNotReadIsModelOnly() {
    server.enqueue(openAi("""
        {"observations": [{"kind": "error_text", "text": "FATAL disk full on /var/lib/postgres",
          "evidenceIds": ["%s"]}]}""".formatted(ID)));

    Observation o = analyse(OCR).observations().get(0);

    assertThat(o.support()).isEqualTo("model-only");
    assertThat(o.unsupported()).containsExactly("text");
  }

  @Test
  void withoutOcrTextEveryObservationIsModelOnly() throws Exception {
    server.enqueue(openAi(ANSWER));

    ScreenshotVision.Analysis a = analyse(null);

    assertThat(a.observations()).hasSize(4).allSatisfy(o -> {
      assertThat(o.support()).isEqualTo("model-only");
      assertThat(o.unsupported()).containsExactly("ocr text unavailable");
    });
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).contains("(OCR read no text)");
  }

  @Test
  void anAnswerThatIsNotTheJsonAskedForLeavesOcrOnly() {
    server.enqueue(openAi("The dashboard shows a latency spike at 10:24."));

    ScreenshotVision.Analysis a = analyse(OCR);

    assertThat(a.observations()).isEmpty();
    assertThat(a.problem()).startsWith("its answer could not be read: not JSON");
    assertThat(a.summary()).startsWith("vision model Qwen/Qwen2.5-VL-7B-Instruct not used (");
    assertThat(audit.outcomes()).containsExactly("invalid_answer");
  }

  @Test
  void anAnswerWhereNothingIsGroundedIsAuditedAsUngrounded() {
    server.enqueue(openAi("""
        {"observations": [{"kind": "spike", "panel": "CPU", "text": "CPU spikes", "evidenceIds": ["ev-other"]}]}"""));

    ScreenshotVision.Analysis a = analyse(OCR);

    assertThat(a.observations()).isEmpty();
    assertThat(a.summary()).isEqualTo("observed by Qwen/Qwen2.5-VL-7B-Instruct: nothing it could ground (1 ungrounded dropped)");
    assertThat(audit.outcomes()).containsExactly("ungrounded");
  }

  @Test
  void aModelThatDoesNotAnswerLeavesOcrOnly() {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":\"Model is loading\"}").build());
    server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":\"Model is loading\"}").build());

    ScreenshotVision.Analysis a = analyse(OCR);

    assertThat(a.observations()).isEmpty();
    assertThat(a.problem()).contains("no answer after 2 attempts", "Model is loading");
    assertThat(audit.outcomes()).containsExactly("http_5xx", "http_5xx");
  }
}
