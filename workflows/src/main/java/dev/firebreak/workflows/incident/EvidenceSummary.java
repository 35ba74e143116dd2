package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.time.Instant;

/**
 * What the workflow keeps of an evidence item: enough to cite and show it. The full item (series,
 * lines) is stored by the evidence activity, so workflow history stays small.
 */
public record EvidenceSummary(
    String id,
    EvidenceKind kind,
    String source,
    String service,
    String summary,
    String query,
    Instant windowStart,
    Instant windowEnd) {

  /** What the workflow keeps of a stored evidence item. */
  public static EvidenceSummary of(Evidence e) {
    return new EvidenceSummary(e.id(), e.kind(), e.source(), e.service(), e.summary(), e.query(),
        e.windowStart(), e.windowEnd());
  }
}
