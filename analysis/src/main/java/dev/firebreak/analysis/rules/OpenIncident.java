package dev.firebreak.analysis.rules;

import java.time.Instant;
import java.util.Set;

/** Another incident that is still open, for the duplicate rule. */
public record OpenIncident(
    String incidentId, String title, String service, String alertname, Set<String> fingerprints,
    Instant openedAt) {

  public OpenIncident {
    fingerprints = Set.copyOf(fingerprints == null ? Set.of() : fingerprints);
  }
}
