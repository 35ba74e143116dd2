package dev.firebreak.activities.postmortem;

import static dev.firebreak.activities.hypotheses.FakeInference.huggingFaceRouter;
import static dev.firebreak.activities.hypotheses.FakeInference.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.Fixtures;
import dev.firebreak.activities.hypotheses.InMemoryModelCallLog;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelCall;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.persistence.PostmortemStore;
import dev.firebreak.activities.support.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The postmortem polish against a local fake inference server speaking the chat-completions format. */
class ModelPolishTest {
  static final String FAITHFUL = "Deploy a39bf2c of checkout pushed p99 latency to 1.8s against 0.2s. "
      + "Alice acknowledged the incident 6 minutes in, and Firebreak ranked the deploy first at 82%. "
      + "She approved the rollback at T+12, and Bob rejected scaling up because the problem was the pool, "
      + "not CPU. The incident lasted 45 minutes and alice confirmed the deploy as the root cause.";
  static final String INVENTS_A_NUMBER = "Deploy a39bf2c of checkout pushed p99 latency to 1.8s. "
      + "About 1200 checkouts failed before alice rolled it back.";
  static final String INVENTS_A_NAME = "Deploy a39bf2c of checkout exhausted the Postgres connection pool "
      + "until alice rolled it back.";

  private final MockWebServer server = new MockWebServer();
  private final InMemoryModelCallLog audit = new InMemoryModelCallLog();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<String> saved = new ArrayList<>();
  private final PostmortemStore store = (id, markdown, json) -> saved.add(markdown);

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelSettings settings() {
    return Fixtures.settings(server.url("/v1").toString());
  }

  private PostmortemDrafter drafter() {
    ModelSettings s = settings();
    return new PostmortemDrafter(store, PostmortemIndex.NONE,
        new ModelPolish(new ChatCompletionsClient(s, d -> { }), s, audit, new LlmMetrics(registry, s.provider())));
  }

  private double calls(String outcome) {
    var c = registry.find("firebreak.llm.calls").tags("outcome", outcome).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void aFaithfulPolishBecomesTheNarrativeAndTheDraftStaysBelowIt() throws Exception {
    server.enqueue(huggingFaceRouter(FAITHFUL));

    String md = drafter().draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(md).containsSubsequence("## Summary\n\nrolled back a39bf2c\n\n## Narrative\n\n" + FAITHFUL
        + "\n\n_Written by meta-llama/Llama-3.1-8B-Instruct from this draft; every number and name in it "
        + "appears in the draft._\n\n## Impact", "## What we knew when", "## Timeline");
    assertThat(md).doesNotContain("was not used");
    assertThat(saved).containsExactly(md);

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
    JsonNode body = Json.MAPPER.readTree(r.getBody().utf8());
    assertThat(body.get("model").asText()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(body.get("temperature").asInt()).isZero();
    assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
    assertThat(body.at("/messages/0/content").asText()).contains("use only facts stated in the draft");
    String user = body.at("/messages/1/content").asText();
    assertThat(user).startsWith("The drafted postmortem, as JSON:\n{\"incidentId\":\"inc-0123456789ab\"");
    JsonNode sent = Json.MAPPER.readTree(user.substring(user.indexOf('{')));
    assertThat(sent.get("durationMinutes").asInt()).isEqualTo(45);
    assertThat(sent.get("timeline")).isEmpty();
    assertThat(sent.get("whatWeKnewWhen")).hasSize(13);

    assertThat(audit.calls).singleElement().satisfies(c -> {
      assertThat(c.purpose()).isEqualTo("polish");
      assertThat(c.requestId()).isEqualTo("polish-inc-0123456789ab");
      assertThat(c.outcome()).isEqualTo("ok");
      assertThat(c.tokensIn()).isEqualTo(901);
      assertThat(c.evidenceIds()).containsExactly("ev-deploy-1", "ev-metric-2");
    });
    assertThat(calls("ok")).isEqualTo(1);
  }

  @Test
  void aPolishThatInventsANumberIsRejectedAndTheDraftIsKept() {
    server.enqueue(openAi(INVENTS_A_NUMBER));

    String md = drafter().draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(md).doesNotContain("## Narrative").doesNotContain("1200 checkouts");
    assertThat(md).endsWith("\n_A prose polish by meta-llama/Llama-3.1-8B-Instruct was not used: it introduced "
        + "\"1200\", not in the draft. The draft stands as Firebreak wrote it._\n");
    assertThat(audit.outcomes()).containsExactly("ungrounded");
    assertThat(audit.calls.get(0).response()).isEqualTo(INVENTS_A_NUMBER);
    assertThat(calls("ungrounded")).isEqualTo(1);
  }

  @Test
  void aPolishThatInventsANameIsRejectedAndTheDraftIsKept() {
    server.enqueue(openAi(INVENTS_A_NAME));

    String md = drafter().draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(md).doesNotContain("## Narrative").contains("was not used: it introduced \"Postgres\", not in the draft");
    String withoutPolish = PostmortemMarkdown.render(PostmortemDrafter.draft(Incidents.badDeployRolledBack()));
    assertThat(md).startsWith(withoutPolish);
    assertThat(audit.outcomes()).containsExactly("ungrounded");
  }

  @Test
  void aRetriedActivityReusesTheRecordedAnswerInsteadOfAskingAgain() {
    server.enqueue(openAi(FAITHFUL));
    PostmortemDrafter drafter = drafter();

    String first = drafter.draftPostmortem(Incidents.badDeployRolledBack());
    String again = drafter.draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(again).isEqualTo(first).contains("## Narrative");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(audit.calls).extracting(ModelCall::outcome).containsExactly("ok");
  }

  @Test
  void aModelThatCannotBeReachedLeavesTheDraftAndSaysWhy() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":\"overloaded\"}").build());
    }

    String md = drafter().draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(md).doesNotContain("## Narrative").contains("was not used: no answer (no answer after 3 attempts");
    assertThat(audit.outcomes()).containsExactly("http_5xx", "http_5xx", "http_5xx");
  }

  @Test
  void withoutAModelTheDraftIsThePostmortem() {
    String md = new PostmortemDrafter(store).draftPostmortem(Incidents.badDeployRolledBack());

    assertThat(md).isEqualTo(PostmortemMarkdown.render(PostmortemDrafter.draft(Incidents.badDeployRolledBack())));
    assertThat(md).doesNotContain("Narrative", "polish");
  }

  @Test
  void secretsInTheDraftNeverReachTheModel() throws Exception {
    server.enqueue(openAi(FAITHFUL));
    dev.firebreak.workflows.incident.IncidentState s = Incidents.badDeployRolledBack();
    s.timeline.add(Incidents.event(14, 20, "note", Incidents.BOB,
        "tried the db by hand with password=hunter2-prod, reported by dana@example.com", List.of()));

    drafter().draftPostmortem(s);

    String sent = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    assertThat(sent).doesNotContain("hunter2-prod", "dana@example.com", Fixtures.API_KEY)
        .contains("password=[REDACTED]");
  }
}
