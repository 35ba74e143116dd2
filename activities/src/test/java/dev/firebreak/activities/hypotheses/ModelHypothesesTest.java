package dev.firebreak.activities.hypotheses;

import static dev.firebreak.activities.hypotheses.FakeInference.huggingFaceRouter;
import static dev.firebreak.activities.hypotheses.FakeInference.json;
import static dev.firebreak.activities.hypotheses.FakeInference.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.workflows.incident.HypothesisActivities.Refinement;
import dev.firebreak.workflows.incident.HypothesisActivities.RefinementRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refinement against a local fake inference server speaking the chat-completions wire format. */
class ModelHypothesesTest {
  static final String GROUNDED = """
      {"hypotheses": [
        {"cause": "The pool resize in a39bf2c starves checkout of connections", "kind": "deploy",
         "service": "checkout", "confidence": 0.95, "evidenceIds": ["ev-deploy-1", "ev-logs-1"],
         "nextChecks": ["compare pool size before and after a39bf2c"], "actions": ["rollback", "page_team"]},
        {"cause": "payments slowed down and checkout waits on it", "kind": "dependency",
         "service": "payments", "confidence": 0.8, "evidenceIds": ["ev-metric-1"],
         "nextChecks": ["check payments p99"], "actions": ["page_team"]}
      ]}""";

  static final String PARTLY_UNGROUNDED = """
      {"hypotheses": [
        {"cause": "deploy a39bf2c", "kind": "deploy", "service": "checkout", "confidence": 0.9,
         "evidenceIds": ["ev-deploy-1"], "nextChecks": [], "actions": ["rollback", "restart_database"]},
        {"cause": "a DNS outage", "kind": "infrastructure", "service": "checkout", "confidence": 0.7,
         "evidenceIds": ["ev-dns-42"], "nextChecks": [], "actions": []},
        {"cause": "traffic doubled", "kind": "traffic_surge", "service": "checkout", "confidence": 0.6,
         "evidenceIds": [], "nextChecks": [], "actions": []},
        {"cause": "cosmic rays", "kind": "solar_flare", "service": "checkout", "confidence": 0.1,
         "evidenceIds": ["ev-logs-1"], "nextChecks": [], "actions": []}
      ]}""";

  private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final InMemoryModelCallLog audit = new InMemoryModelCallLog();
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelHypotheses refiner(ModelSettings settings) {
    return new ModelHypotheses(new ChatCompletionsClient(settings, waits::add), settings, audit, null,
        new LlmMetrics(registry, settings.provider()));
  }

  private ModelHypotheses refiner() {
    return refiner(Fixtures.settings(server.url("/v1").toString()));
  }

  private double counter(String name, String... tags) {
    var c = registry.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  private JsonNode body(RecordedRequest r) throws Exception {
    return Json.MAPPER.readTree(r.getBody().utf8());
  }

  @Test
  void groundedAnswerCorroboratesTheDeterministicRankingAndAddsACappedHypothesis() throws Exception {
    server.enqueue(huggingFaceRouter(GROUNDED));
    RefinementRequest request = Fixtures.request("refine-1");

    Refinement r = refiner().refineHypotheses(request);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
    JsonNode body = body(sent);
    assertThat(body.get("model").asText()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(body.get("stream").asBoolean()).isFalse();
    assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
    assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
    assertThat(body.at("/messages/1/content").asText()).contains("[ev-deploy-1]", "[ev-logs-1]",
        "[ev-metric-1]", "f-recent-deploy-1", "HighLatency");

    List<Hypothesis> hs = r.ranking().hypotheses();
    assertThat(hs).extracting(Hypothesis::id)
        .containsExactly("h-deploy-checkout-a39bf2c", "h-model-dependency-payments");
    // the model said 0.95: never more than the deterministic evidence score
    assertThat(hs.get(0).confidence()).isEqualTo(0.72);
    assertThat(hs.get(1).confidence()).isEqualTo(0.2);
    assertThat(hs.get(1).evidenceIds()).containsExactly("ev-metric-1");
    assertThat(hs).extracting(Hypothesis::rank).containsExactly(1, 2);
    // the rollback exists once; the page is added on the actionable deploy hypothesis only
    assertThat(r.ranking().actions()).extracting(ProposedAction::id)
        .containsExactly("a-rollback-checkout-a39bf2c", "a-page-team-checkout");
    assertThat(r.model()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(r.droppedClaims()).isZero();
    assertThat(r.note()).contains("corroborated h-deploy-checkout-a39bf2c",
        "added h-model-dependency-payments", "0 ungrounded claims dropped",
        "compare pool size before and after a39bf2c");

    ModelCall call = audit.calls.get(0);
    assertThat(call.outcome()).isEqualTo("ok");
    assertThat(call.tokensIn()).isEqualTo(901);
    assertThat(call.tokensOut()).isEqualTo(189);
    assertThat(call.evidenceIds()).containsExactly("ev-deploy-1", "ev-logs-1", "ev-metric-1");
    assertThat(call.request()).doesNotContain(Fixtures.API_KEY);
    assertThat(counter("firebreak.llm.calls", "provider", "huggingface", "outcome", "ok")).isEqualTo(1);
  }

  @Test
  void ungroundedHypothesesAndActionsOutsideTheCatalogueAreDroppedAndCounted() {
    server.enqueue(openAi(PARTLY_UNGROUNDED));

    Refinement r = refiner().refineHypotheses(Fixtures.request("refine-2"));

    assertThat(r.ranking().hypotheses()).extracting(Hypothesis::id)
        .containsExactly("h-deploy-checkout-a39bf2c");
    assertThat(r.ranking().actions()).extracting(ProposedAction::id)
        .containsExactly("a-rollback-checkout-a39bf2c");
    // unknown evidence id, no evidence, unknown kind, unknown action
    assertThat(r.droppedClaims()).isEqualTo(4);
    assertThat(r.note()).contains("4 ungrounded claims dropped");
    assertThat(counter("firebreak.llm.ungrounded.claims.dropped")).isEqualTo(4);
  }

  @Test
  void invalidJsonGetsOneRepairRequestThatShowsTheModelItsAnswer() throws Exception {
    server.enqueue(openAi("Sure! The most likely cause is the deploy."));
    server.enqueue(openAi("```json\n" + GROUNDED + "\n```"));

    Refinement r = refiner().refineHypotheses(Fixtures.request("refine-3"));

    server.takeRequest();
    JsonNode repair = body(server.takeRequest());
    assertThat(repair.at("/messages/2/role").asText()).isEqualTo("assistant");
    assertThat(repair.at("/messages/2/content").asText()).startsWith("Sure!");
    assertThat(repair.at("/messages/3/content").asText()).contains("could not be read");
    assertThat(r.model()).isNotNull();
    assertThat(r.note()).contains("after one repair");
    assertThat(audit.outcomes()).containsExactly("invalid_answer", "ok");
    assertThat(audit.calls).extracting(ModelCall::purpose).containsExactly("hypotheses", "repair");
  }

  @Test
  void invalidJsonTwiceFallsBackToTheDeterministicRanking() {
    server.enqueue(openAi("{\"hypotheses\": [ {\"cause\": "));
    server.enqueue(openAi("{\"answer\": \"deploy\"}"));
    RefinementRequest request = Fixtures.request("refine-4");

    Refinement r = refiner().refineHypotheses(request);

    assertThat(r.ranking()).isEqualTo(request.ranking());
    assertThat(r.model()).isNull();
    assertThat(r.note()).contains("not valid JSON, even after one repair", "deterministic ranking kept");
    assertThat(counter("firebreak.llm.fallbacks")).isEqualTo(1);
    assertThat(counter("firebreak.llm.calls", "outcome", "invalid_answer")).isEqualTo(2);
    // a retry of the activity does not ask a third time
    refiner().refineHypotheses(request);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aSlowModelTimesOutWithinTheBudgetAndTheRankingStands() {
    ModelSettings s = Fixtures.settings(server.url("/v1").toString());
    ModelSettings slow = new ModelSettings(s.provider(), s.baseUrl(), s.apiKey(), s.model(),
        Duration.ofMillis(300), Duration.ofSeconds(5), 2, Duration.ofMillis(10), Duration.ofMillis(50),
        6, 50_000, 4000, 512, 0.2, false, List.of());
    MockResponse late = new MockResponse.Builder(openAi(GROUNDED)).bodyDelay(3, TimeUnit.SECONDS).build();
    server.enqueue(late);
    server.enqueue(late);
    RefinementRequest request = Fixtures.request("refine-5");

    long started = System.nanoTime();
    Refinement r = refiner(slow).refineHypotheses(request);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(r.ranking()).isEqualTo(request.ranking());
    assertThat(r.note()).contains("timed out");
    assertThat(audit.outcomes()).containsExactly("timeout", "timeout");
    assertThat(counter("firebreak.llm.calls", "outcome", "timeout")).isEqualTo(2);
  }

  @Test
  void rateLimitsAndServerErrorsAreRetriedWithBackoffHonouringRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
        .body("{\"error\":\"rate limit\"}").build());
    server.enqueue(json(503, "{\"error\":\"Model is overloaded\"}"));
    server.enqueue(openAi(GROUNDED));

    Refinement r = refiner().refineHypotheses(Fixtures.request("refine-6"));

    assertThat(r.model()).isNotNull();
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(200));
    assertThat(audit.outcomes()).containsExactly("http_429", "http_5xx", "ok");
  }

  @Test
  void secretsAndConfiguredPersonalDataNeverLeaveInThePrompt() throws Exception {
    server.enqueue(openAi(GROUNDED));

    refiner().refineHypotheses(Fixtures.request("refine-7"));

    String sent = server.takeRequest().getBody().utf8();
    assertThat(sent).doesNotContain("bob@example.com", "10.1.2.3", "hunter2", "abcdef123456789",
        Fixtures.API_KEY);
    assertThat(sent).contains("password=[REDACTED]", "Timeout waiting for connection from pool");
    assertThat(audit.calls.get(0).request()).isEqualTo(sent);
  }

  @Test
  void aRetriedRequestReusesTheRecordedAnswerWithoutCallingTheModel() {
    server.enqueue(openAi(GROUNDED));
    RefinementRequest request = Fixtures.request("refine-8");

    Refinement first = refiner().refineHypotheses(request);
    Refinement again = refiner().refineHypotheses(request);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(again.ranking()).isEqualTo(first.ranking());
    assertThat(again.note()).contains("reused from the audit log");
  }

  @Test
  void aUsedUpIncidentBudgetMeansNoCallAndTheRankingStands() {
    ModelSettings s = Fixtures.settings(server.url("/v1").toString());
    ModelSettings oneCall = new ModelSettings(s.provider(), s.baseUrl(), s.apiKey(), s.model(),
        s.callTimeout(), s.totalTimeout(), 3, s.firstBackoff(), s.maxBackoff(), 1, 50_000, 4000, 512,
        0.2, false, List.of());
    server.enqueue(openAi("not json"));
    RefinementRequest request = Fixtures.request("refine-9");

    Refinement r = refiner(oneCall).refineHypotheses(request);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(r.ranking()).isEqualTo(request.ranking());
    assertThat(r.note()).contains("budget is used up");
  }
}
