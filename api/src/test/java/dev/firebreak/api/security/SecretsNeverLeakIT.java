package dev.firebreak.api.security;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.ingest.pagerduty.PagerDutySignature;
import dev.firebreak.api.slack.SlackRequests;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.api.support.RecordingUpstream;
import dev.firebreak.api.support.TestTokens;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every secret Firebreak can be configured with is configured and used — webhooks verified and
 * refused, Slack, PagerDuty, GitHub, Prometheus and a language model called (and refusing) — then
 * the captured logs of the whole run and every API answer are searched for each secret, and for
 * the wrong secrets callers sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakIT extends FirebreakIT {
  static final String WEBHOOK_TOKEN = "whk-SECRET-5c1f9e27a0";
  static final String SLACK_SIGNING = "slk-sign-SECRET-81be4d";
  static final String SLACK_BOT = "xoxb-SECRET-22a7c90f31";
  static final String PD_WEBHOOK = "pd-hook-SECRET-6e02b1";
  static final String PD_ROUTING = "pdroutingSECRET0f3a9c";
  static final String PD_API = "pd-api-SECRET-a91d44";
  static final String GITHUB = "ghp_SECRET7d1e0c55b2";
  static final String PROMETHEUS = "prom-SECRET-3b88f0";
  static final String MODEL_KEY = "sk-SECRET-9f00aa71";
  static final String WRONG_TOKEN = "fb_wrong-SECRET-77c1";
  static final String WRONG_WEBHOOK = "whk-WRONG-SECRET-404";

  static final FakeSlackWebApi slack = new FakeSlackWebApi();
  static final RecordingUpstream upstream = new RecordingUpstream(Map.of(
      "/v2/enqueue", new Object[] {202, "{\"status\":\"success\",\"dedup_key\":\"k\"}"},
      "/oncalls", new Object[] {200, "{\"oncalls\":[]}"}));

  @DynamicPropertySource
  static void secrets(DynamicPropertyRegistry registry) {
    registry.add("firebreak.ingest.webhook-token", () -> WEBHOOK_TOKEN);
    registry.add("firebreak.slack.signing-secret", () -> SLACK_SIGNING);
    registry.add("firebreak.slack.bot-token", () -> SLACK_BOT);
    registry.add("firebreak.slack.channel", () -> "#incidents");
    registry.add("firebreak.slack.api-url", slack::apiUrl);
    registry.add("firebreak.pagerduty.webhook-secret", () -> PD_WEBHOOK);
    registry.add("firebreak.pagerduty.routing-key", () -> PD_ROUTING);
    registry.add("firebreak.pagerduty.api-token", () -> PD_API);
    registry.add("firebreak.pagerduty.events-url", upstream::url);
    registry.add("firebreak.pagerduty.api-url", upstream::url);
    registry.add("firebreak.pagerduty.default-escalation-policy", () -> "PSECRET1");
    registry.add("firebreak.evidence.github.token", () -> GITHUB);
    registry.add("firebreak.evidence.github.api-url", upstream::url);
    registry.add("firebreak.evidence.github.repositories.secret-svc", () -> "acme/secret-svc");
    registry.add("firebreak.evidence.prometheus.url", upstream::url);
    registry.add("firebreak.evidence.prometheus.bearer-token", () -> PROMETHEUS);
    registry.add("firebreak.llm.provider", () -> "openai-compatible");
    registry.add("firebreak.llm.base-url", () -> upstream.url() + "/v1");
    registry.add("firebreak.llm.api-key", () -> MODEL_KEY);
    registry.add("firebreak.llm.model", () -> "test-model");
    registry.add("firebreak.llm.max-attempts", () -> "1");
    registry.add("firebreak.incidents.escalate-after", () -> "1s");
  }

  @AfterAll
  static void stopFakes() {
    slack.close();
    upstream.close();
  }

  @Test
  void noSecretAppearsInLogsOrAnswers(CapturedOutput output) {
    Http http = http();
    List<String> answers = new ArrayList<>();
    String id = Incidents.afterBadDeploy(http, "secret-svc", "Resize connection pool", WEBHOOK_TOKEN);
    String base = "/api/v1/incidents/" + id;
    http.await(base, j -> j.get("timeline").findValuesAsText("type").contains("escalated"));

    // refused callers: their wrong secrets must not be echoed or logged either
    answers.add(http.post("/api/v1/alerts/alertmanager", "{}", "application/json",
        "Authorization", "Bearer " + WRONG_WEBHOOK).body());
    answers.add(http.as(WRONG_TOKEN).get("/api/v1/incidents").body());
    SlackRequests slackRequests = new SlackRequests(http.as(null), SLACK_SIGNING, slack.responseUrl(""));
    String command = slackRequests.slashCommand("U0SEC", "sam", "C0INC", "status " + id);
    answers.add(slackRequests.send(command).body());
    answers.add(new SlackRequests(http.as(null), "not-the-" + SLACK_SIGNING, slack.responseUrl(""))
        .send(command).body());
    String pdEvent = """
        {"event":{"id":"01SECRET","event_type":"incident.priority_updated","resource_type":"incident",
          "occurred_at":"2026-03-01T10:09:22Z","data":{"id":"PSECRET","type":"incident"}}}""";
    answers.add(http.as(null).post("/api/v1/alerts/pagerduty", pdEvent, "application/json", "X-PagerDuty-Signature",
        "v1=" + PagerDutySignature.sign(PD_WEBHOOK.getBytes(StandardCharsets.UTF_8),
            pdEvent.getBytes(StandardCharsets.UTF_8))).body());
    answers.add(http.as(null).post("/api/v1/alerts/pagerduty", pdEvent, "application/json", "X-PagerDuty-Signature",
        "v1=" + PagerDutySignature.sign("wrong".getBytes(StandardCharsets.UTF_8),
            pdEvent.getBytes(StandardCharsets.UTF_8))).body());

    http.post(base + "/resolve", "{\"summary\":\"rolled back\"}");
    http.await(base, status("POSTMORTEM_DRAFTED"), Duration.ofSeconds(60));
    for (String path : List.of(base, base + "/model-calls", base + "/audit", base + "/postmortem",
        "/api/v1/admin/tokens", "/api/v1/admin/audit", "/api/v1/pagerduty/oncalls?escalationPolicyId=PSECRET1", "/actuator/prometheus",
        "/actuator/health", "/actuator/metrics", "/v3/api-docs")) {
      answers.add(http.get(path).body());
    }

    // every secret was really configured and used: the upstreams saw them
    assertThat(slack.calls()).anySatisfy(c -> assertThat(c.headers().toString()).contains(SLACK_BOT));
    assertThat(upstream.everythingReceived()).contains(PD_ROUTING, PD_API, GITHUB, PROMETHEUS, MODEL_KEY);

    String logs = output.getAll();
    String responses = String.join("\n", answers);
    for (String secret : List.of(WEBHOOK_TOKEN, SLACK_SIGNING, SLACK_BOT, PD_WEBHOOK, PD_ROUTING, PD_API, GITHUB,
        PROMETHEUS, MODEL_KEY, WRONG_TOKEN, WRONG_WEBHOOK, TestTokens.ADMIN, TestTokens.RESPONDER,
        TestTokens.VIEWER)) {
      assertThat(logs).as("logs mention %s", secret).doesNotContain(secret);
      assertThat(responses).as("answers mention %s", secret).doesNotContain(secret);
    }
    assertThat(logs).as("the run was logged at all").contains("incident " + id);
  }
}
