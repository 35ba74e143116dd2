package dev.firebreak.activities.evidence;

import dev.firebreak.workflows.incident.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an evidence source is asked: the incident's service and labels, a time window, and the
 * alerts themselves (sources such as Prometheus re-run an alert's own expression).
 */
public record EvidenceQuery(
    String incidentId, String service, Instant alertTime, Instant from, Instant to,
    Map<String, String> labels, List<Alert> alerts) {

  public EvidenceQuery {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
  }

  /** A query with no alerts (declared incidents, tests). */
  public EvidenceQuery(String incidentId, String service, Instant alertTime, Instant from,
      Instant to, Map<String, String> labels) {
    this(incidentId, service, alertTime, from, to, labels, List.of());
  }
}
