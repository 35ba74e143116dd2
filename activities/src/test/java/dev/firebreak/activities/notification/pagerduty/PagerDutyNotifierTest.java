package dev.firebreak.activities.notification.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a stand-in Events API v2 answering with PagerDuty's documented responses. */
class PagerDutyNotifierTest {
  private static final String ACCEPTED =
      "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"incident-alertmanager-1f2e\"}";

  private final MockWebServer server = new MockWebServer();
  private final List<Duration> waits = new ArrayList<>();
  private PagerDutyNotifier notifier;

  @BeforeEach
  void start() throws Exception {
    server.start();
    PagerDutyEventsClient client = new PagerDutyEventsClient(server.url("/").toString(),
        Duration.ofSeconds(5), 4, Duration.ofMillis(200), Duration.ofSeconds(30), waits::add);
    notifier = new PagerDutyNotifier(client, "R0UT1NGKEY", "https://firebreak.example.com/");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static IncidentState incident() {
    IncidentState s = new IncidentState();
    s.incidentId = "inc-1f2e";
    s.workflowId = "incident-alertmanager-1f2e";
    s.title = "checkout p99 above 1s";
    s.service = "checkout";
    s.severity = "sev1";
    return s;
  }

  private JsonNode nextEvent() throws Exception {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/enqueue");
    return Json.MAPPER.readTree(r.getBody().utf8());
  }

  @Test
  void escalationTriggersAPageKeyedByTheIncident() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).build());

    notifier.escalated(incident());

    JsonNode e = nextEvent();
    assertThat(e.get("routing_key").asText()).isEqualTo("R0UT1NGKEY");
    assertThat(e.get("event_action").asText()).isEqualTo("trigger");
    assertThat(e.get("dedup_key").asText()).isEqualTo("incident-alertmanager-1f2e");
    assertThat(e.at("/payload/summary").asText()).isEqualTo("checkout p99 above 1s");
    assertThat(e.at("/payload/severity").asText()).isEqualTo("critical");
    assertThat(e.at("/payload/source").asText()).isEqualTo("firebreak");
    assertThat(e.at("/links/0/href").asText())
        .isEqualTo("https://firebreak.example.com/api/v1/incidents/inc-1f2e");
  }

  @Test
  void aSecondEscalationReusesTheDedupKeySoPagerDutyDoesNotPageTwice() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).build());
    server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).build());

    notifier.escalated(incident());
    notifier.escalated(incident());

    assertThat(nextEvent().get("dedup_key")).isEqualTo(nextEvent().get("dedup_key"));
  }

  @Test
  void throttledAndFailingCallsAreRetriedHonouringRetryAfter() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7")
        .body("{\"status\":\"throttle event\",\"message\":\"Requests for this service are arriving too quickly.\"}").build());
    server.enqueue(new MockResponse.Builder().code(503).body("").build());
    server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).build());

    notifier.escalated(incident());

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofMillis(400));
  }

  @Test
  void aRefusedEventIsNotRetriedAndSaysWhy() {
    server.enqueue(new MockResponse.Builder().code(400).body(
        "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[\"Length of 'routing_key' is incorrect (should be 32 characters)\"]}")
        .build());

    assertThatThrownBy(() -> notifier.escalated(incident()))
        .hasMessageContaining("refused trigger incident-alertmanager-1f2e")
        .hasMessageContaining("Length of 'routing_key' is incorrect")
        .hasMessageNotContaining("R0UT1NGKEY");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
    }

    assertThatThrownBy(() -> notifier.escalated(incident())).hasMessageContaining("after 4 attempts");
    assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void acknowledgingAndResolvingInFirebreakAcknowledgesAndResolvesThePageOnce() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(202).body(ACCEPTED).build());
    }
    IncidentState s = incident();
    s.escalatedAt = Instant.parse("2026-03-01T10:25:00Z");
    s.acknowledgedAt = Instant.parse("2026-03-01T10:27:00Z");
    s.acknowledgedBy = new Actor("alice", "rest");

    notifier.changed(s);
    notifier.changed(s);
    s.resolvedAt = Instant.parse("2026-03-01T10:40:00Z");
    notifier.resolved(s);

    assertThat(nextEvent().get("event_action").asText()).isEqualTo("acknowledge");
    JsonNode resolve = nextEvent();
    assertThat(resolve.get("event_action").asText()).isEqualTo("resolve");
    assertThat(resolve.get("dedup_key").asText()).isEqualTo("incident-alertmanager-1f2e");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anIncidentThatWasNeverPagedSendsNothing() {
    IncidentState s = incident();
    s.acknowledgedBy = new Actor("alice", "rest");

    notifier.changed(s);
    notifier.resolved(s);

    assertThat(server.getRequestCount()).isZero();
  }
}
