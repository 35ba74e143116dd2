package dev.firebreak.analysis.rules;

import java.util.List;

/**
 * What a rule concluded, and the evidence it rests on. A finding without evidence is not allowed:
 * responders must be able to check every claim.
 */
public record Finding(
    String id,
    String rule,
    FindingSeverity severity,
    String title,
    String detail,
    String service,
    List<String> evidenceIds,
    List<CauseHint> hints) {

  public Finding {
    evidenceIds = List.copyOf(evidenceIds);
    hints = hints == null ? List.of() : List.copyOf(hints);
  }
}
