package dev.firebreak.analysis.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** What rules know about the incident itself. */
public record IncidentFacts(
    String incidentId,
    String service,
    String alertname,
    Instant alertTime,
    Map<String, String> labels,
    Set<String> fingerprints) {

  public IncidentFacts {
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    fingerprints = Set.copyOf(fingerprints == null ? Set.of() : fingerprints);
  }
}
