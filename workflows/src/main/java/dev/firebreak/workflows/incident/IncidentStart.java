package dev.firebreak.workflows.incident;

import java.time.Duration;
import java.util.Map;

/**
 * How an incident workflow starts. {@code resumeFrom} is set when an open incident is restarted
 * from its stored state (embedded mode after a restart); then the other fields are ignored.
 *
 * @param incidentId null to derive it from the workflow run ({@link IncidentIds})
 * @param initialAlerts the alerts that opened the incident, applied before triage; may be null
 * @param escalateAfter how long nobody may acknowledge before the incident escalates
 * @param autoResolve close the incident without a person when every alert has resolved
 */
public record IncidentStart(
    String incidentId,
    String title,
    String service,
    String severity,
    String description,
    String source,
    String groupKey,
    Map<String, String> labels,
    AlertBatch initialAlerts,
    Duration escalateAfter,
    boolean autoResolve,
    IncidentState resumeFrom) {

  public IncidentStart {
    labels = Map.copyOf(labels == null ? Map.of() : labels);
  }
}
