package dev.firebreak.activities.notification.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a stand-in REST API answering like PagerDuty's {@code POST /incidents/{id}/notes}. */
class PagerDutyNoteMirrorTest {
  private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");
  private final MockWebServer server = new MockWebServer();
  private PagerDutyNoteMirror mirror;

  @BeforeEach
  void start() throws Exception {
    server.start();
    mirror = new PagerDutyNoteMirror(new PagerDutyIncidentNotes(server.url("/").toString(), "pd-token",
        "firebreak@acme.example", Duration.ofSeconds(5)), Clock.fixed(STARTED, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static IncidentState fromPagerDuty(TimelineEvent... events) {
    IncidentState s = new IncidentState();
    s.incidentId = "inc-1";
    s.labels.put("pagerduty_incident", "PT4KHLK");
    s.timeline.addAll(List.of(events));
    return s;
  }

  private static TimelineEvent note(String id, String at, String who, String channel, String text) {
    return new TimelineEvent(id, Instant.parse(at), "note", new Actor(who, channel), text, List.of());
  }

  private static MockResponse created() {
    return new MockResponse.Builder().code(201).body("{\"note\":{\"id\":\"PWL7QXS\",\"content\":\"x\"}}").build();
  }

  @Test
  void notesWrittenInFirebreakReachThePagerDutyIncidentOnce() throws Exception {
    server.enqueue(created());
    IncidentState incident = fromPagerDuty(
        note("t-1", "2026-03-01T09:59:00Z", "ann", "rest", "written before this process started"),
        note("t-2", "2026-03-01T10:01:00Z", "pd-user", "pagerduty", "came from PagerDuty"),
        note("t-3", "2026-03-01T10:02:00Z", "alice", "slack", "Rolling back a39bf2c"));

    mirror.changed(incident);
    mirror.changed(incident);

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/incidents/PT4KHLK/notes");
    assertThat(r.getHeaders().get("From")).isEqualTo("firebreak@acme.example");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Token token=pd-token");
    assertThat(r.getBody().utf8()).isEqualTo("{\"note\":{\"content\":\"Rolling back a39bf2c — alice via slack\"}}");
  }

  @Test
  void aRefusedNoteIsTriedAgainAtTheNextChange() throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(created());
    IncidentState incident = fromPagerDuty(note("t-3", "2026-03-01T10:02:00Z", "alice", "rest", "Paging DBA"));

    mirror.changed(incident);
    mirror.changed(incident);
    mirror.changed(incident);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void incidentsThatDidNotComeFromPagerDutyAreLeftAlone() {
    IncidentState incident = fromPagerDuty(note("t-3", "2026-03-01T10:02:00Z", "alice", "rest", "x"));
    incident.labels.remove("pagerduty_incident");

    mirror.changed(incident);

    assertThat(server.getRequestCount()).isZero();
  }
}
