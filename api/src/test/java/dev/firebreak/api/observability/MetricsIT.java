package dev.firebreak.api.observability;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drives an incident through its life and checks every Firebreak metric is scraped. */
class MetricsIT extends FirebreakIT {

  @Test
  void incidentLifecycleIsVisibleInPrometheusMetrics() {
    Http http = http();
    String payload = Payloads.alertmanager("{}:{alertname=\"Metrics\"}", "firing", "5555444433332222", "firing",
        "metrics-svc");
    String id = http.post("/api/v1/alerts/alertmanager", payload).incidentId();
    http.post("/api/v1/alerts/alertmanager", payload);
    http.post("/api/v1/alerts/alertmanager", "{\"version\":\"4\"}");
    String base = "/api/v1/incidents/" + id;
    http.await(base, status("AWAITING_DECISION"));
    http.post(base + "/acknowledge", "{}");
    http.await(base, j -> j.at("/incident/acknowledgedBy").asText().equals("test-admin"));
    http.post(base + "/resolve", "{}");
    http.await(base, status("POSTMORTEM_DRAFTED"));

    List<String> expected = List.of(
        "firebreak_alerts_received_total{source=\"alertmanager\"}",
        "firebreak_alerts_rejected_total{reason=\"invalid\",source=\"alertmanager\"}",
        "firebreak_alerts_deduplicated_total",
        "firebreak_incidents_opened_total{service=\"metrics-svc\",severity=\"sev1\"}",
        "firebreak_incidents_resolved_total{service=\"metrics-svc\",severity=\"sev1\"}",
        "firebreak_triage_seconds_bucket",
        "firebreak_time_to_acknowledge_seconds_count",
        "firebreak_time_to_resolve_seconds_count",
        "firebreak_evidence_source_requests_total{outcome=\"ok\",source=\"context\"}",
        "firebreak_evidence_source_latency_seconds_count",
        "temporal_activity_execution_latency_seconds",
        "temporal_workflow_task_schedule_to_start_latency_seconds");
    long deadline = System.currentTimeMillis() + 20_000;
    String scrape = "";
    while (System.currentTimeMillis() < deadline) {
      scrape = http.get("/actuator/prometheus").body();
      String current = scrape;
      if (expected.stream().allMatch(current::contains)) {
        break;
      }
      pause();
    }
    for (String metric : expected) {
      assertThat(scrape).as("scrape contains " + metric).contains(metric);
    }
  }

  @Test
  void readinessGroupIncludesDatabaseAndTemporal() {
    var readiness = http().get("/actuator/health/readiness").json();
    assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(readiness.at("/components/temporal/status").asText()).isEqualTo("UP");
    assertThat(http().get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
