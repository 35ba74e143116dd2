package dev.firebreak.api.llm;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An incident end to end with a model configured: a local fake OpenAI-compatible server answers
 * the way a model would, citing the evidence ids it was shown plus one it made up.
 */
class ModelRefinementIT extends FirebreakIT {
  static final String API_KEY = "sk-local-TESTkey0123456789abcdef";
  static final MockWebServer model = new MockWebServer();
  static final List<String> prompts = new ArrayList<>();

  @DynamicPropertySource
  static void llm(DynamicPropertyRegistry registry) throws IOException {
    model.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().utf8();
        prompts.add(body);
        return answer(body);
      }
    });
    model.start();
    registry.add("firebreak.llm.provider", () -> "openai-compatible");
    registry.add("firebreak.llm.base-url", () -> model.url("/v1").toString());
    registry.add("firebreak.llm.model", () -> "qwen2.5-7b-instruct");
    registry.add("firebreak.llm.api-key", () -> API_KEY);
    registry.add("firebreak.llm.redact", () -> "emails");
    registry.add("firebreak.llm.polish-postmortems", () -> "true");
  }

  @AfterAll
  static void stop() {
    model.close();
  }

  /** A narrative that restates the draft: no figure or name it does not hold. */
  static final String NARRATIVE = "Firebreak ranked the deploy of cart first. The rollback was approved, "
      + "and the incident was resolved with the deploy confirmed as the root cause.";

  /**
   * Asked for hypotheses: cites the deploy and log evidence it was shown, and one id that does not
   * exist. Asked to polish a postmortem: a faithful narrative.
   */
  static MockResponse answer(String requestBody) {
    String prompt;
    try {
      JsonNode request = Json.MAPPER.readTree(requestBody);
      if (request.at("/messages/0/content").asText().startsWith("You turn the structured postmortem")) {
        return completion(NARRATIVE);
      }
      prompt = request.at("/messages/1/content").asText();
    } catch (IOException e) {
      return new MockResponse.Builder().code(400).build();
    }
    String deploy = firstId(prompt, "DEPLOY");
    String logs = firstId(prompt, "LOGS");
    String content = """
        {"hypotheses": [
          {"cause": "The pool resize in a39bf2c exhausts connections", "kind": "deploy", "service": "basket",
           "confidence": 0.97, "evidenceIds": ["%s", "%s"], "nextChecks": ["diff pool settings in a39bf2c"],
           "actions": ["rollback"]},
          {"cause": "The database is down", "kind": "dependency", "service": "postgres", "confidence": 0.9,
           "evidenceIds": ["ev-database-7"], "nextChecks": [], "actions": ["failover_database"]}
        ]}""".formatted(deploy, logs);
    return completion(content);
  }

  private static MockResponse completion(String content) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(Json.write(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1772359200,
            "model", "qwen2.5-7b-instruct",
            "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                "message", Map.of("role", "assistant", "content", content))),
            "usage", Map.of("prompt_tokens", 700, "completion_tokens", 120, "total_tokens", 820))))
        .build();
  }

  private static String firstId(String prompt, String kind) {
    Matcher m = Pattern.compile("\\[(ev-[^\\]]+)\\] " + kind).matcher(prompt);
    return m.find() ? m.group(1) : "ev-none";
  }

  @Test
  void theModelCorroboratesTheDeployItsInventedClaimIsDroppedAndEveryCallIsAudited() {
    Http http = http();
    String service = "basket";
    String id = Incidents.afterBadDeploy(http, service,
        "Resize connection pool (reviewed by dana@example.com)");
    String base = "/api/v1/incidents/" + id;

    JsonNode incident = http.await(base, status("AWAITING_DECISION"));

    assertThat(incident.at("/hypotheses/0/id").asText()).isEqualTo("h-deploy-basket-a39bf2c");
    assertThat(incident.at("/hypotheses/0/confidence").asDouble()).isLessThan(0.97);
    assertThat(incident.get("hypotheses").findValuesAsText("service")).doesNotContain("postgres");
    assertThat(incident.get("actions").findValuesAsText("id")).contains("a-rollback-basket-a39bf2c");
    JsonNode note = null;
    for (JsonNode t : incident.get("timeline")) {
      if (t.path("type").asText().equals("model")) {
        note = t;
      }
    }
    assertThat(note).isNotNull();
    assertThat(note.get("text").asText()).contains("qwen2.5-7b-instruct",
        "corroborated h-deploy-basket-a39bf2c", "1 ungrounded claim dropped");

    JsonNode calls = http.get(base + "/model-calls").json();
    assertThat(calls).hasSize(1);
    assertThat(calls.at("/0/outcome").asText()).isEqualTo("ok");
    assertThat(calls.at("/0/provider").asText()).isEqualTo("openai-compatible");
    assertThat(calls.at("/0/tokensIn").asInt()).isEqualTo(700);
    assertThat(calls.at("/0/tokensOut").asInt()).isEqualTo(120);
    assertThat(calls.at("/0/request").asText()).contains("a39bf2c").doesNotContain("dana@example.com");
    assertThat(String.join("\n", prompts)).doesNotContain(API_KEY, "dana@example.com");
    assertThat(http.get("/api/v1/incidents/inc-nope/model-calls").status()).isEqualTo(404);

    String metrics = http.get("/actuator/prometheus").body();
    assertThat(metrics).contains("firebreak_llm_calls_total{outcome=\"ok\",provider=\"openai-compatible\"}",
        "firebreak_llm_ungrounded_claims_dropped_total", "firebreak_llm_fallbacks_total");
  }

  @Test
  void theResolvedIncidentsPostmortemCarriesTheCheckedNarrativeAndTheDraft() {
    Http http = http();
    String id = Incidents.afterBadDeploy(http, "cart", "Resize connection pool");
    String base = "/api/v1/incidents/" + id;
    JsonNode incident = http.await(base, status("AWAITING_DECISION"));
    String hypothesis = incident.at("/hypotheses/0/id").asText();
    assertThat(http.post(base + "/actions/a-rollback-cart-a39bf2c/approve", "{}").status()).isEqualTo(202);
    assertThat(http.post(base + "/resolve", "{\"summary\":\"rolled back\",\"rootCauseHypothesisId\":\""
        + hypothesis + "\"}").status()).isEqualTo(202);
    http.await(base, status("POSTMORTEM_DRAFTED"));

    String md = http.get(base + "/postmortem").json().get("markdown").asText();
    assertThat(md).containsSubsequence("## Summary", "## Narrative\n\n" + NARRATIVE + "\n\n_Written by "
        + "qwen2.5-7b-instruct from this draft; every number and name in it appears in the draft._",
        "## Impact", "## Root cause\n", "Confirmed at resolve by test-admin", "## What we knew when",
        "## Similar past incidents shown", "## Timeline");
    JsonNode calls = http.get(base + "/model-calls").json();
    assertThat(calls.findValuesAsText("purpose")).containsExactly("hypotheses", "polish");
    assertThat(calls.at("/1/outcome").asText()).isEqualTo("ok");
    assertThat(calls.at("/1/request").asText()).contains("durationMinutes", "a39bf2c");
  }
}
