package dev.firebreak.api.slack;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signed requests, the slash command and the card's buttons, end to end in the running application. */
class SlackIT extends SlackITSupport {

  @Test
  void requestsNotSignedBySlackAre401AndChangeNothing() {
    SlackRequests slackRequests = requests();
    String body = slackRequests.slashCommand(ALICE, "alice", CHANNEL, "declare Forged incident");
    long now = Instant.now().getEpochSecond();
    assertThat(http().post(SlackRequests.PATH, body, SlackRequests.FORM).status()).isEqualTo(401);
    assertThat(slackRequests.sendSigned(body, now, SlackRequests.sign("not-the-secret", now, body)).status()).isEqualTo(401);
    long stale = now - 6 * 60;
    assertThat(slackRequests.sendSigned(body, stale, SlackRequests.sign(SECRET, stale, body)).status()).isEqualTo(401);
    String tampered = body.replace("Forged", "Tampered");
    assertThat(slackRequests.sendSigned(tampered, now, SlackRequests.sign(SECRET, now, body)).status()).isEqualTo(401);
    assertThat(incidentsTitled("Forged incident") + incidentsTitled("Tampered incident")).isZero();
  }

  @Test
  void declareByCommandOpensOneIncidentEvenWhenSlackRetries() {
    SlackRequests slackRequests = requests();
    String body = slackRequests.slashCommand(ALICE, "alice", CHANNEL, "declare Search is down --sev sev2 --service search");
    Http.Response first = slackRequests.send(body);
    assertThat(first.status()).isEqualTo(200);
    JsonNode answer = answerOf(first, "Search is down");
    assertThat(answer.get("response_type").asText()).isEqualTo("in_channel");
    assertThat(answer.get("text").asText()).contains("<@U0ALICE> declared `inc-", "(SEV2)");
    Http.Response retry = slackRequests.send(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
    assertThat(retry.status()).isEqualTo(200);
    String id = answer.get("text").asText().replaceAll("(?s).*declared `(inc-[0-9a-f]+)`.*", "$1");
    JsonNode incident = http().await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));
    assertThat(incidentsTitled("Search is down")).isEqualTo(1);
    assertThat(incident.at("/incident/severity").asText()).isEqualTo("sev2");
    assertThat(incident.at("/incident/service").asText()).isEqualTo("search");
    slack.await("chat.postMessage", c -> c.field("blocks") != null && c.field("blocks").contains(id));
  }

  @Test
  void badCommandsGetUsageNeverAStackTrace() {
    SlackRequests slackRequests = requests();
    for (String text : List.of("reboot the world", "declare x --sev sev9", "ack", "assign nobody", "status inc-0000000000ff")) {
      Http.Response r = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, text));
      assertThat(r.status()).as(text).isEqualTo(200);
      assertThat(r.body()).as(text).doesNotContain("Exception", "at dev.firebreak", "\\tat ");
      assertThat(r.json().path("response_type").asText("ephemeral")).as(text).isEqualTo("ephemeral");
    }
    String unknown = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "reboot")).json().get("text").asText();
    assertThat(unknown).contains("Unknown subcommand `reboot`", "*Usage*", "/incident declare");
    String noId = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "ack")).json().get("text").asText();
    assertThat(noId).contains("Which incident?");
    String missing = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "status inc-0000000000ff"))
        .json().get("text").asText();
    assertThat(missing).contains("inc-0000000000ff not found");
  }

  @Test
  void acknowledgeButtonActsForTheClickerAndTheCardDropsIt() {
    Http http = http();
    SlackRequests slackRequests = requests();
    String id = Incidents.afterBadDeploy(http, "search-ack");
    card(id);
    String cardTs = storedCard(id, "message_ts");
    String ack = "firebreak.ack:" + id;

    String click = slackRequests.buttonClick(MALLORY, "mallory", CHANNEL, cardTs, ack, id);
    assertThat(slackRequests.send(click).status()).isEqualTo(200);
    JsonNode acknowledged = http.await("/api/v1/incidents/" + id, j -> !j.at("/incident/acknowledgedAt").isNull()
        && !j.at("/incident/acknowledgedAt").isMissingNode());
    // acknowledging is not an approval: anyone in the channel may take the incident
    assertThat(acknowledged.at("/incident/acknowledgedBy").asText()).isEqualTo("mallory");
    slack.await("chat.update", c -> cardTs.equals(c.field("ts")) && c.field("blocks").contains("Acknowledged by")
        && !c.field("blocks").contains(ack));
  }

  @Test
  void aSlackOutageIsATimelineLineNeverAFailedIncident() {
    Http http = http();
    slack.down(true);
    String id;
    try {
      id = Incidents.afterBadDeploy(http, "search-outage");
      http.await("/api/v1/incidents/" + id, j -> j.get("timeline").toString().contains("Notification (triaged) failed"));
    } finally {
      slack.down(false);
    }
    // the incident goes on; with Slack back, the next change posts the card it could not post before
    http.person("alice-outage", "responder").post("/api/v1/incidents/" + id + "/acknowledge", "{}");
    JsonNode acknowledged = http.await("/api/v1/incidents/" + id, j -> "alice-outage".equals(j.at("/incident/acknowledgedBy").asText()));
    assertThat(acknowledged.at("/incident/status").asText()).isEqualTo("AWAITING_DECISION");
    // (the fake also recorded the attempts it refused during the outage: wait for the card that got through)
    slack.await("chat.postMessage", c -> c.field("blocks") != null && c.field("blocks").contains(id)
        && c.field("blocks").contains("Acknowledged by"));
  }

  /** Alert → card → refused and approved clicks → card updated → resolve form → postmortem link. */
  @Test
  void responderRunsAnIncidentFromSlack() {
    Http http = http();
    SlackRequests slackRequests = requests();
    String id = Incidents.afterBadDeploy(http, "basket");
    String rollback = "a-rollback-basket-a39bf2c";

    FakeSlackWebApi.Call card = slack.await("chat.postMessage", c -> c.field("blocks") != null && c.field("blocks").contains(id));
    assertThat(card.field("channel")).isEqualTo("#incidents");
    assertThat(card.field("blocks")).contains("\"action_id\":\"firebreak.approve:" + id + "|" + rollback + "\"",
        "\"value\":\"" + id + "|" + rollback + "\"", "firebreak.ack:" + id, "firebreak.resolve:" + id, "a39bf2c");
    String cardTs = storedCard(id, "message_ts");
    String cardChannel = storedCard(id, "channel_id");
    assertThat(cardChannel).isEqualTo("CINCIDENTS");

    // someone who may not approve: told privately, and the timeline keeps the attempt
    String approve = "firebreak.approve:" + id + "|" + rollback;
    long start = System.nanoTime();
    assertThat(slackRequests.send(slackRequests.buttonClick(MALLORY, "mallory", cardChannel, cardTs, approve,
        id + "|" + rollback)).status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    FakeSlackWebApi.Call refusal = slack.await("response_url", c -> c.body().contains("not allowed to approve"));
    assertThat(refusal.body()).contains("\"response_type\":\"ephemeral\"");
    JsonNode refused = http.await("/api/v1/incidents/" + id, j -> j.get("timeline").toString().contains("Refused: mallory"));
    assertThat(refused.at("/actions/0/status").asText()).isEqualTo("PROPOSED");

    // the approver: the action runs and the card is updated in place, never posted again
    String click = slackRequests.buttonClick(ALICE, "alice", cardChannel, cardTs, approve, id + "|" + rollback);
    start = System.nanoTime();
    assertThat(slackRequests.send(click).status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    JsonNode mitigating = http.await("/api/v1/incidents/" + id, status("MITIGATING"));
    assertThat(mitigating.toString()).contains("\"decidedBy\":{\"name\":\"alice\",\"channel\":\"slack\"}");
    assertThat(slackRequests.send(click, "X-Slack-Retry-Num", "1").status()).isEqualTo(200);
    FakeSlackWebApi.Call updated = slack.await("chat.update", c -> cardTs.equals(c.field("ts"))
        && c.field("blocks").contains("approved by alice, executed"));
    assertThat(updated.field("channel")).isEqualTo(cardChannel);
    assertThat(updated.field("blocks")).doesNotContain("firebreak.approve:" + id + "|" + rollback);
    slack.await("chat.postMessage", c -> cardTs.equals(c.field("thread_ts")) && c.field("text").contains("Approved:"));

    // resolve through the form: the button opens it, the submission resolves with the root cause
    String hypothesis = mitigating.at("/hypotheses/0/id").asText();
    assertThat(slackRequests.send(slackRequests.buttonClick(ALICE, "alice", cardChannel, cardTs,
        "firebreak.resolve:" + id, id)).status()).isEqualTo(200);
    FakeSlackWebApi.Call form = slack.await("views.open", c -> c.field("view").contains(id));
    assertThat(form.field("view")).contains("\"callback_id\":\"firebreak.resolve\"", "\"private_metadata\":\"" + id + "\"",
        "\"value\":\"" + hypothesis + "\"");
    String values = """
        {"summary":{"summary":{"type":"plain_text_input","value":"Rolled back a39bf2c; pool size restored"}},
         "root_cause":{"root_cause":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Deploy"},"value":"%s"}}}}
        """.formatted(hypothesis);
    Http.Response submitted = slackRequests.send(slackRequests.viewSubmission(ALICE, "alice", "firebreak.resolve", id, values));
    assertThat(submitted.status()).isEqualTo(200);
    JsonNode drafted = http.await("/api/v1/incidents/" + id, status("POSTMORTEM_DRAFTED"));
    assertThat(drafted.toString()).contains("Resolved by alice via slack: Rolled back a39bf2c");
    FakeSlackWebApi.Call link = slack.await("chat.postMessage", c -> cardTs.equals(c.field("thread_ts"))
        && c.field("text").contains("/postmortem"));
    assertThat(link.field("text")).contains("https://firebreak.example/api/v1/incidents/" + id + "/postmortem",
        "https://firebreak.example/incidents/" + id + "#postmortem");
    // posted once the draft is stored: the link works the moment anyone can click it
    assertThat(http.get("/api/v1/incidents/" + id + "/postmortem").status()).isEqualTo(200);
    slack.await("chat.update", c -> cardTs.equals(c.field("ts")) && c.field("blocks").contains("Rolled back a39bf2c")
        && !c.field("blocks").contains("firebreak.resolve:"));
    assertThat(http.get("/api/v1/incidents/" + id + "/postmortem").json().get("markdown").asText()).contains("a39bf2c");

    String pm = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "postmortem " + id)).json()
        .get("text").asText();
    assertThat(pm).contains("https://firebreak.example/api/v1/incidents/" + id + "/postmortem");

    // exactly one card for this incident, and no secret in anything Slack was sent
    assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.field("blocks") != null && c.field("blocks").contains(id)))
        .hasSize(1);
    for (FakeSlackWebApi.Call c : slack.calls()) {
      String content = String.valueOf(c.field("text")) + c.field("blocks") + c.field("view")
          + (c.method().equals("response_url") ? c.body() : "");
      assertThat(content).doesNotContain(SECRET, TOKEN);
    }
  }
}
