package dev.firebreak.slackbot.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.firebreak.slackbot.Incidents;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.RoleHolder;
import dev.firebreak.workflows.incident.TimelineEvent;
import dev.firebreak.workflows.incident.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackNotifierTest {
  static final String TOKEN = "xoxb-test-token-never-shown";

  private final FakeSlackWebApi fake = new FakeSlackWebApi();
  private final InMemoryCards cards = new InMemoryCards();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    fake.close();
  }

  private SlackNotifier notifier(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    SlackWebApi api = new SlackWebApi(Slack.getInstance(config).methods(TOKEN), waits::add, Duration.ofSeconds(20));
    return new SlackNotifier(api, cards, settings);
  }

  private static SlackSettings shared() {
    return new SlackSettings("#incidents", false, "/incident", List.of("U0ALICE"), "", List.of(), "https://firebreak.example");
  }

  @Test
  void triagePostsTheCardOnceAndChangesUpdateItInPlace() {
    SlackNotifier notifier = notifier(shared());
    IncidentState s = Incidents.triaged();
    notifier.triaged(s);
    FakeSlackWebApi.Call posted = fake.calls("chat.postMessage").get(0);
    assertThat(posted.field("channel")).isEqualTo("#incidents");
    assertThat(posted.field("blocks")).contains("firebreak.approve:" + Incidents.ID + "|" + Incidents.ROLLBACK);
    CardStore.Card card = cards.find(Incidents.ID).orElseThrow();
    assertThat(card.channelId()).isEqualTo("CINCIDENTS");

    s.timeline.add(Incidents.event(4, "acknowledged", new Actor("alice", "slack"), "Acknowledged by alice via slack"));
    s.acknowledgedBy = new Actor("alice", "slack");
    s.acknowledgedAt = java.time.Instant.now();
    notifier.changed(s);

    assertThat(fake.calls("chat.postMessage").stream().filter(c -> c.field("blocks") != null)).hasSize(1);
    FakeSlackWebApi.Call update = fake.calls("chat.update").get(0);
    assertThat(update.field("channel")).isEqualTo(card.channelId());
    assertThat(update.field("ts")).isEqualTo(card.ts());
    assertThat(update.field("blocks")).contains("Acknowledged by").doesNotContain("firebreak.ack:");
    FakeSlackWebApi.Call threaded = fake.calls("chat.postMessage").get(1);
    assertThat(threaded.field("thread_ts")).isEqualTo(card.ts());
    assertThat(threaded.field("text")).isEqualTo("*alice*: Acknowledged by alice via slack");
    // the triage internals before the card are not repeated in the thread
    assertThat(fake.calls("chat.postMessage")).hasSize(2);
  }

  @Test
  void resolutionUpdatesTheCardAndLinksThePostmortemInTheThread() {
    SlackNotifier notifier = notifier(shared());
    IncidentState s = Incidents.triaged();
    notifier.triaged(s);
    s.status = IncidentStatus.RESOLVED;
    s.resolvedBy = new Actor("alice", "slack");
    s.timeline.add(Incidents.event(4, "resolved", s.resolvedBy, "Resolved by alice via slack: rolled back"));
    notifier.resolved(s);
    assertThat(fake.calls("chat.update")).hasSize(1);
    assertThat(fake.calls("chat.postMessage")).extracting(c -> c.field("text"))
        .contains("*alice*: Resolved by alice via slack: rolled back")
        .noneMatch(text -> text.contains("/postmortem"));

    // the link comes once the draft is stored, so it never answers 404
    s.status = IncidentStatus.POSTMORTEM_DRAFTED;
    s.timeline.add(Incidents.event(5, "postmortem", Actor.FIREBREAK, "Postmortem drafted"));
    notifier.changed(s);
    assertThat(fake.calls("chat.postMessage")).last().satisfies(c -> {
      assertThat(c.field("thread_ts")).isEqualTo(fake.calls("chat.update").get(0).field("ts"));
      assertThat(c.field("text")).isEqualTo("📝 The postmortem is drafted: <https://firebreak.example/incidents/"
          + Incidents.ID + "#postmortem|read and edit it in the war room> · <https://firebreak.example/api/v1/incidents/"
          + Incidents.ID + "/postmortem|postmortem of " + Incidents.ID + ">");
    });
  }

  @Test
  void rateLimitedCallsWaitForRetryAfterThenSucceed() {
    fake.rateLimit("chat.postMessage", 2, 3);
    notifier(shared()).triaged(Incidents.triaged());
    assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(fake.calls("chat.postMessage")).hasSize(3);
    assertThat(cards.find(Incidents.ID)).isPresent();
  }

  @Test
  void aRetryAfterBeyondTheBudgetFailsTheCallForTheActivityToRetryLater() {
    fake.rateLimit("chat.postMessage", 1, 120);
    assertThatThrownBy(() -> notifier(shared()).triaged(Incidents.triaged()))
        .isInstanceOf(SlackCallFailed.class).hasMessage("Slack chat.postMessage failed: HTTP 429");
    assertThat(waits).isEmpty();
  }

  @Test
  void anOutageFailsTheCallWithoutLeakingTheToken() {
    fake.down(true);
    assertThatThrownBy(() -> notifier(shared()).triaged(Incidents.triaged()))
        .isInstanceOf(SlackCallFailed.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    assertThat(cards.find(Incidents.ID)).isEmpty();
  }

  @Test
  void perIncidentChannelIsCreatedWithPeopleInvitedAndAPointerInTheMainChannel() {
    SlackSettings settings = new SlackSettings("#incidents", true, "/incident", List.of("U0ALICE"), "",
        List.of("U0ONCALL"), "https://firebreak.example");
    notifier(settings).triaged(Incidents.triaged());
    FakeSlackWebApi.Call created = fake.calls("conversations.create").get(0);
    assertThat(created.field("name")).isEqualTo(Incidents.ID + "-checkout-p99-latency-above-1s");
    assertThat(fake.calls("conversations.invite").get(0).field("users")).isEqualTo("U0ONCALL,U0ALICE");
    assertThat(fake.calls("conversations.invite").get(0).field("force")).isEqualTo("1");
    assertThat(fake.calls("chat.postMessage").get(0).field("channel")).isEqualTo("CINC1");
    assertThat(fake.calls("chat.postMessage").get(1).field("text")).contains("<#CINC1>");
    assertThat(cards.incidentOfChannel("CINC1")).contains(Incidents.ID);
  }

  @Test
  void whoeverIsGivenARoleIsInvitedToTheIncidentChannel() {
    SlackSettings settings = new SlackSettings("", true, "/incident", List.of(), "", List.of(), "https://firebreak.example");
    SlackNotifier notifier = notifier(settings);
    IncidentState s = Incidents.triaged();
    notifier.triaged(s);
    assertThat(fake.calls("conversations.invite")).isEmpty();

    Actor alice = new Actor("alice", "slack");
    s.roles.put(IncidentRole.SCRIBE, new RoleHolder("bob", "slack", "U0BOB", alice, Instant.now()));
    s.timeline.add(new TimelineEvent("t-99", Instant.now(), "role", alice, "bob is scribe", List.of()));
    fake.failWith("conversations.invite", "already_in_channel");
    notifier.changed(s);
    notifier.changed(s);

    assertThat(fake.calls("conversations.invite")).hasSize(1).first().satisfies(c -> {
      assertThat(c.field("channel")).isEqualTo("CINC1");
      assertThat(c.field("users")).isEqualTo("U0BOB");
    });
    fake.await("chat.postMessage", c -> "CINC1".equals(c.field("channel")) && c.field("text") != null
        && c.field("text").contains("bob is scribe"));
  }

  @Test
  void escalationIsSaidOnceInTheThread() {
    SlackNotifier notifier = notifier(shared());
    IncidentState s = Incidents.triaged();
    notifier.triaged(s);
    s.escalatedAt = s.openedAt.plusSeconds(900);
    s.timeline.add(Incidents.event(4, "escalated", Actor.FIREBREAK, "Nobody acknowledged within PT15M: escalating"));

    notifier.escalated(s);

    assertThat(fake.calls("chat.postMessage")).filteredOn(c -> c.field("thread_ts") != null)
        .extracting(c -> c.field("text")).containsExactly("*firebreak*: Nobody acknowledged within PT15M: escalating");
  }

  @Test
  void aCardFirstPostedAtEscalationSaysSoInItsThread() {
    IncidentState s = Incidents.triaged();
    s.escalatedAt = s.openedAt.plusSeconds(900);
    s.timeline.add(Incidents.event(4, "escalated", Actor.FIREBREAK, "Nobody acknowledged within PT15M: escalating"));

    notifier(shared()).escalated(s);

    assertThat(fake.calls("chat.postMessage")).filteredOn(c -> c.field("thread_ts") != null)
        .extracting(c -> c.field("text")).containsExactly("⏰ Nobody has acknowledged this incident yet: escalating.");
  }

  @Test
  void aCardFirstPostedAfterTheDraftLinksItInItsThread() {
    IncidentState s = Incidents.triaged();
    s.status = IncidentStatus.POSTMORTEM_DRAFTED;
    s.timeline.add(Incidents.event(4, "postmortem", Actor.FIREBREAK, "Postmortem drafted"));

    notifier(shared()).changed(s);

    assertThat(fake.calls("chat.postMessage")).filteredOn(c -> c.field("thread_ts") != null)
        .extracting(c -> c.field("text")).singleElement().asString()
        .contains("/incidents/" + Incidents.ID + "#postmortem", "/api/v1/incidents/" + Incidents.ID + "/postmortem");
  }

  static final class InMemoryCards extends dev.firebreak.slackbot.testing.InMemoryCardStore {}
}
