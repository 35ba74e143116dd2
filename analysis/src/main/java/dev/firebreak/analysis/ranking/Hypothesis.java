package dev.firebreak.analysis.ranking;

import dev.firebreak.analysis.rules.RootCauseKind;
import java.util.List;

/**
 * A ranked root-cause candidate. {@code confidence} is in [0,1]; {@code evidenceIds} and
 * {@code findingIds} are what it rests on — a hypothesis never stands without them.
 */
public record Hypothesis(
    String id,
    int rank,
    RootCauseKind kind,
    String service,
    String ref,
    String cause,
    double confidence,
    List<String> evidenceIds,
    List<String> findingIds) {

  public Hypothesis {
    evidenceIds = List.copyOf(evidenceIds);
    findingIds = List.copyOf(findingIds);
  }
}
