package dev.firebreak.api.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code firebreak.slack.per-incident-channels}: each incident gets its own channel with the
 * responders in it, and inside that channel commands need no incident id.
 */
class SlackIncidentChannelsIT extends FirebreakIT {
  static final String SECRET = "5c1d0f6e0b9a4e7f8a2b3c4d5e6f7a8b";
  static final String ALICE = "U0ALICE";
  static final String ONCALL = "U0ONCALL";
  static final FakeSlackWebApi slack = new FakeSlackWebApi();

  @DynamicPropertySource
  static void slackApp(DynamicPropertyRegistry registry) {
    registry.add("firebreak.slack.signing-secret", () -> SECRET);
    registry.add("firebreak.slack.bot-token", () -> "xoxb-1-2-channels");
    registry.add("firebreak.slack.channel", () -> "#incidents");
    registry.add("firebreak.slack.per-incident-channels", () -> "true");
    registry.add("firebreak.slack.invite-users", () -> ONCALL);
    registry.add("firebreak.slack.approvers", () -> ALICE);
    registry.add("firebreak.slack.api-url", slack::apiUrl);
    registry.add("firebreak.slack.public-url", () -> "https://firebreak.example");
  }

  @AfterAll
  static void stopFake() {
    slack.close();
  }

  @Test
  void eachIncidentGetsAChannelWithItsRespondersWhereTheIdIsImplied() {
    Http http = http();
    SlackRequests requests = new SlackRequests(http, SECRET, slack.responseUrl(""));
    String id = Incidents.afterBadDeploy(http, "payments");

    // conversations.create, then the responders invited, then the card in the new channel
    FakeSlackWebApi.Call created = slack.await("conversations.create", c -> c.field("name").startsWith(id));
    assertThat(created.field("name")).matches(id + "-[a-z0-9-]+").hasSizeLessThanOrEqualTo(80);
    assertThat(created.field("is_private")).isEqualTo("0");
    String channel = slack.await("chat.postMessage", c -> c.field("blocks") != null && c.field("blocks").contains(id))
        .field("channel");
    assertThat(channel).startsWith("CINC");
    FakeSlackWebApi.Call invited = slack.await("conversations.invite", c -> channel.equals(c.field("channel")));
    assertThat(invited.field("users")).isEqualTo(ONCALL + "," + ALICE);
    List<String> order = slack.calls().stream().map(FakeSlackWebApi.Call::method)
        .filter(m -> m.startsWith("conversations.") || m.equals("chat.postMessage")).toList();
    assertThat(order.indexOf("conversations.invite")).isGreaterThan(order.indexOf("conversations.create"));
    // the shared channel gets a pointer, not the card
    FakeSlackWebApi.Call pointer = slack.await("chat.postMessage", c -> "#incidents".equals(c.field("channel"))
        && String.valueOf(c.field("text")).contains(id));
    assertThat(pointer.field("text")).contains("<#" + channel + ">");
    assertThat(pointer.field("blocks")).isNull();
    assertThat(jdbc.queryForObject("select dedicated_channel from slack_cards where incident_id = ?", Boolean.class, id))
        .isTrue();

    // in the incident's channel the id is implied
    Http.Response ack = requests.send(requests.slashCommand(ALICE, "alice", channel, "ack"));
    assertThat(ack.status()).isEqualTo(200);
    http.await("/api/v1/incidents/" + id, j -> "alice".equals(j.at("/incident/acknowledgedBy").asText()));
    requests.send(requests.slashCommand(ALICE, "alice", channel, "assign <@U0DANA|dana> communications"));

    // whoever gets a role is invited to the channel, and the card shows the role
    FakeSlackWebApi.Call invitedLater = slack.await("conversations.invite", c -> channel.equals(c.field("channel"))
        && "U0DANA".equals(c.field("users")));
    assertThat(invitedLater.field("force")).isEqualTo("1");
    slack.await("chat.update", c -> channel.equals(c.field("channel"))
        && c.json("blocks").contains("*Communications*\\n<@U0DANA>"));

    // elsewhere, an id-less command says which incident is meant is unknown
    String elsewhere = requests.send(requests.slashCommand(ALICE, "alice", "CRANDOM", "status")).json().get("text").asText();
    assertThat(elsewhere).contains("Which incident?");
    assertThat(slack.calls("conversations.create")).hasSize(1);
  }
}
