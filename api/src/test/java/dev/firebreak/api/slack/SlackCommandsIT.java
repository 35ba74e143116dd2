package dev.firebreak.api.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import org.junit.jupiter.api.Test;

/** The subcommands besides declare: list, status, note, assign, postmortem, and resolve without a summary. */
class SlackCommandsIT extends SlackITSupport {
  static final String BOB = "U0BOB";

  @Test
  void listStatusNoteAndAssignWorkOnTheIncident() {
    Http http = http();
    SlackRequests slackRequests = requests();
    String id = Incidents.afterBadDeploy(http, "inventory");
    card(id);
    String cardTs = storedCard(id, "message_ts");

    String list = answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "list")), id)
        .get("text").asText();
    assertThat(list).contains("`" + id + "`", "awaiting decision");

    JsonNode noted = answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL,
        "note " + id + " pool metrics look flat since 10:07")), id);
    assertThat(noted.path("response_type").asText("ephemeral")).isEqualTo("ephemeral");
    http.await("/api/v1/incidents/" + id, j -> j.get("timeline").toString()
        .contains("\"text\":\"pool metrics look flat since 10:07\""));

    // Slack sends a picked user as <@U…>; the name comes from users.info
    slack.userName(BOB, "bob");
    JsonNode assigned = answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL,
        "assign " + id + " <@" + BOB + "> scribe")), "is now scribe");
    assertThat(assigned.get("response_type").asText()).isEqualTo("in_channel");
    assertThat(assigned.get("text").asText()).isEqualTo("<@" + BOB + "> is now scribe of `" + id + "`.");
    // with no role named, the assignee becomes commander; a name sent with the mention is used as is
    answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL,
        "assign " + id + " <@U0CAROL|carol>")), "is now commander");

    // the roles are incident state: on the card, in the thread, in the stored incident, in status
    FakeSlackWebApi.Call updated = slack.await("chat.update", c -> cardTs.equals(c.field("ts"))
        && c.json("blocks").contains("*Scribe*\\n<@" + BOB + ">") && c.json("blocks").contains("*Commander*\\n<@U0CAROL>"));
    assertThat(updated.field("blocks")).doesNotContain("Communications");
    slack.await("chat.postMessage", c -> cardTs.equals(c.field("thread_ts")) && c.field("text").contains("bob is scribe"));
    JsonNode read = http.await("/api/v1/incidents/" + id, j -> j.get("timeline").toString().contains("\"text\":\"bob is scribe\""));
    assertThat(read.at("/roles/SCRIBE/name").asText()).isEqualTo("bob");
    assertThat(read.at("/roles/SCRIBE/ref").asText()).isEqualTo(BOB);
    assertThat(read.at("/roles/SCRIBE/channel").asText()).isEqualTo("slack");
    assertThat(read.at("/roles/SCRIBE/assignedBy/name").asText()).isEqualTo("alice");
    assertThat(read.at("/roles/COMMANDER/name").asText()).isEqualTo("carol");

    String status = answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "status " + id)), id)
        .get("text").asText();
    assertThat(status).contains("`" + id + "`", "Roles: scribe <@" + BOB + ">, commander <@U0CAROL>",
        "Actions awaiting a decision: ");

    // before resolution there is no postmortem; resolve without a summary opens the form
    String pm = answerOf(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "postmortem " + id)), id)
        .get("text").asText();
    assertThat(pm).contains("drafted once the incident is resolved");
    assertThat(slackRequests.send(slackRequests.slashCommand(ALICE, "alice", CHANNEL, "resolve " + id)).status())
        .isEqualTo(200);
    FakeSlackWebApi.Call form = slack.await("views.open", c -> c.field("view").contains("\"private_metadata\":\"" + id + "\""));
    assertThat(form.field("view")).contains("\"callback_id\":\"firebreak.resolve\"", "\"block_id\":\"root_cause\"");
    assertThat(storedState(id).get("status").asText()).isEqualTo("AWAITING_DECISION");
  }

  private JsonNode storedState(String id) {
    try {
      return dev.firebreak.activities.support.Json.MAPPER.readTree(
          jdbc.queryForObject("select state_json from incidents where id = ?", String.class, id));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
