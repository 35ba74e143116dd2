package dev.firebreak.api.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import org.junit.jupiter.api.Test;

/**
 * The declare and reject forms: opened as Slack opens them ({@code views.open} with the click's or
 * command's trigger id), submitted as Slack submits them ({@code view_submission} payloads whose
 * {@code state.values} are keyed by block id, then action id).
 */
class SlackFormsIT extends SlackITSupport {

  @Test
  void declareFormOpensOneIncidentWithTheChosenSeverityAndService() {
    SlackRequests slackRequests = requests();
    Http.Response command = slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "declare"));
    assertThat(command.status()).isEqualTo(200);
    FakeSlackWebApi.Call opened = slack.await("views.open", c -> c.field("view").contains("\"callback_id\":\"firebreak.declare\"")
        && c.field("view").contains("\"private_metadata\":\"" + CHANNEL + "\""));
    assertThat(opened.field("view")).contains("\"block_id\":\"title\"", "\"action_id\":\"severity\"", "\"value\":\"sev1\"",
        "\"block_id\":\"service\"");

    // a form without a title stays open and says what is missing; nothing is declared
    Http.Response untitled = slackRequests.send(slackRequests.viewSubmission(ALICE, "alice", "firebreak.declare", CHANNEL,
        declareValues(null, "sev1", null)));
    assertThat(untitled.status()).isEqualTo(200);
    assertThat(untitled.json().get("response_action").asText()).isEqualTo("errors");
    assertThat(untitled.json().at("/errors/title").asText()).isEqualTo("Give the incident a title.");

    String title = "Ledger writes failing";
    String submission = slackRequests.viewSubmission(ALICE, "alice", "firebreak.declare", CHANNEL,
        declareValues(title, "sev1", "ledger"));
    Http.Response submitted = slackRequests.send(submission);
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(slackRequests.send(submission, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").status())
        .isEqualTo(200);

    // the person learns the id in a direct message (a form has no response_url); the card follows
    FakeSlackWebApi.Call dm = slack.await("chat.postMessage", c -> ALICE.equals(c.field("channel"))
        && String.valueOf(c.field("text")).startsWith("Declared `inc-"));
    String id = dm.field("text").replaceAll("(?s)Declared `(inc-[0-9a-f]+)`.*", "$1");
    JsonNode incident = http().await("/api/v1/incidents/" + id, Http.status("AWAITING_DECISION"));
    assertThat(incident.at("/incident/title").asText()).isEqualTo(title);
    assertThat(incident.at("/incident/severity").asText()).isEqualTo("sev1");
    assertThat(incident.at("/incident/service").asText()).isEqualTo("ledger");
    assertThat(incident.at("/timeline/0/text").asText()).contains(title);
    assertThat(incidentsTitled(title)).isEqualTo(1);
    assertThat(card(id).field("channel")).isEqualTo("#incidents");
  }

  @Test
  void rejectFormRecordsTheReasonAndOnlyApproversMayUseIt() {
    Http http = http();
    SlackRequests slackRequests = requests();
    String id = Incidents.afterBadDeploy(http, "wallet");
    String rollback = "a-rollback-wallet-a39bf2c";
    card(id);
    String cardTs = storedCard(id, "message_ts");
    String cardChannel = storedCard(id, "channel_id");
    String reject = "firebreak.reject:" + id + "|" + rollback;
    String target = id + "|" + rollback;

    // Reject opens the form, naming incident and action in its private_metadata
    assertThat(slackRequests.send(slackRequests.buttonClick(ALICE, "alice", cardChannel, cardTs, reject, target)).status())
        .isEqualTo(200);
    FakeSlackWebApi.Call form = slack.await("views.open", c -> c.field("view").contains("\"private_metadata\":\"" + target + "\""));
    assertThat(form.field("view")).contains("\"callback_id\":\"firebreak.reject\"", "\"block_id\":\"reason\"",
        "Roll back wallet");

    // no reason: the form stays open with the error under the field
    Http.Response blank = slackRequests.send(slackRequests.viewSubmission(ALICE, "alice", "firebreak.reject", target,
        reasonValues("   ")));
    assertThat(blank.json().get("response_action").asText()).isEqualTo("errors");
    assertThat(blank.json().at("/errors/reason").asText()).contains("Say why");

    // someone who is not an approver (a form opened before they lost the right, say) is refused
    assertThat(slackRequests.send(slackRequests.viewSubmission(MALLORY, "mallory", "firebreak.reject", target,
        reasonValues("I do not like it"))).status()).isEqualTo(200);
    slack.await("chat.postMessage", c -> MALLORY.equals(c.field("channel"))
        && String.valueOf(c.field("text")).contains("not allowed to reject"));
    http.await("/api/v1/incidents/" + id, j -> j.get("timeline").toString().contains("Refused: mallory"));

    String reason = "The deploy only touched logging; the pool was exhausted before it";
    assertThat(slackRequests.send(slackRequests.viewSubmission(ALICE, "alice", "firebreak.reject", target,
        reasonValues(reason))).status()).isEqualTo(200);
    JsonNode rejected = http.await("/api/v1/incidents/" + id, j -> j.toString().contains("\"status\":\"REJECTED\""));
    JsonNode action = actionOf(rejected, rollback);
    assertThat(action.get("status").asText()).isEqualTo("REJECTED");
    assertThat(action.get("reason").asText()).isEqualTo(reason);
    assertThat(action.at("/decidedBy/name").asText()).isEqualTo("alice");
    assertThat(action.at("/decidedBy/channel").asText()).isEqualTo("slack");
    assertThat(rejected.at("/incident/status").asText()).isEqualTo("AWAITING_DECISION");

    // the card loses the action's buttons and says who rejected it and why; the thread has the line
    FakeSlackWebApi.Call updated = slack.await("chat.update", c -> cardTs.equals(c.field("ts"))
        && c.field("blocks").contains("rejected by alice"));
    assertThat(updated.field("blocks")).contains(reason).doesNotContain(reject, "firebreak.approve:" + target);
    slack.await("chat.postMessage", c -> cardTs.equals(c.field("thread_ts")) && c.field("text").contains("Rejected:")
        && c.field("text").contains(reason));
  }

  private static JsonNode actionOf(JsonNode incident, String actionId) {
    for (JsonNode a : incident.get("actions")) {
      if (a.at("/action/id").asText().equals(actionId)) {
        return a;
      }
    }
    throw new AssertionError("no action " + actionId + " in " + incident.get("actions"));
  }

  /** {@code state.values} of the declare form as Slack sends it; an empty field comes as null. */
  private static String declareValues(String title, String severity, String service) {
    return """
        {"title":{"title":{"type":"plain_text_input","value":%s}},
         "severity":{"severity":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"%s","emoji":true},"value":"%s"}}},
         "service":{"service":{"type":"plain_text_input","value":%s}}}
        """.formatted(quoted(title), severity.toUpperCase(), severity, quoted(service));
  }

  private static String reasonValues(String reason) {
    return "{\"reason\":{\"reason\":{\"type\":\"plain_text_input\",\"value\":" + quoted(reason) + "}}}";
  }

  private static String quoted(String s) {
    if (s == null) {
      return "null";
    }
    try {
      return dev.firebreak.activities.support.Json.MAPPER.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
