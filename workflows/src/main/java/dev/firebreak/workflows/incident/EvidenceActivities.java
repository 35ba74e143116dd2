package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Gathers evidence around the alert time from every configured source. */
@ActivityInterface
public interface EvidenceActivities {

  /**
   * Asks each source in turn; a source that fails or times out is reported in {@code unavailable}
   * and the others still answer. Evidence is stored under ids derived from the incident and the
   * query, so a retry stores nothing twice. The first item is always the alert itself.
   */
  GatherResult gatherEvidence(GatherRequest request);

  record GatherRequest(
      String incidentId, String service, Instant alertTime, Map<String, String> labels,
      List<Alert> alerts) {}

  record GatherResult(List<EvidenceSummary> evidence, List<SourceFailure> unavailable) {}

  record SourceFailure(String source, String reason) {}
}
