package dev.firebreak.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Past incidents as support for present hypotheses: a similar postmortem whose root cause was of
 * the same kind, on a service the current evidence already suspects, raises that hypothesis a
 * little. It never proposes a cause by itself — that something happened before is not evidence
 * that it happened now — and its weight grows with how close the match is.
 */
public final class Precedents {
  /** Weight of a perfect match; noisy-OR with the evidence, so 0.6 becomes about 0.68. */
  static final double MAX_WEIGHT = 0.2;
  /** Matches weaker than this are shown to people but not used for ranking. */
  static final double MIN_SCORE = 0.3;

  private Precedents() {}

  /**
   * A past incident as retrieval found it.
   *
   * @param evidenceId the evidence item that holds it in the current incident, for citation
   * @param score retrieval score in [0,1]
   */
  public record PastIncident(String evidenceId, String title, String rootCauseKind, List<String> services,
      double score) {}

  /** Findings that let matching past incidents support the hypotheses {@code findings} suggest. */
  public static List<Finding> findings(List<Finding> findings, List<PastIncident> past) {
    Map<String, CauseHint> suspected = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (CauseHint h : f.hints()) {
        suspected.putIfAbsent(h.key(), h);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (PastIncident p : past) {
      RootCauseKind kind = kindOf(p.rootCauseKind());
      if (kind == null || p.score() < MIN_SCORE) {
        continue;
      }
      for (CauseHint h : suspected.values()) {
        if (h.kind() != kind || !(p.services().isEmpty() || p.services().contains(h.service()))) {
          continue;
        }
        // never stronger than the evidence it supports, so the evidence stays the stated reason
        double weight = Math.min(h.weight(), Math.round(MAX_WEIGHT * Math.min(1, p.score()) * 1000) / 1000.0);
        String reason = "a similar past incident had the same cause: " + p.title();
        out.add(new Finding("f-precedent-" + (out.size() + 1), "similar-incident", FindingSeverity.LOW,
            "Precedent: " + p.title(), "Root cause then: " + kind.wireName() + " (match " + p.score() + ")",
            h.service(), List.of(p.evidenceId()),
            // the same key as the suspected cause, so it joins that hypothesis and no other
            List.of(new CauseHint(kind, h.service(), h.ref(), weight, reason))));
      }
    }
    return out;
  }

  private static RootCauseKind kindOf(String wire) {
    if (wire == null || wire.isBlank()) {
      return null;
    }
    try {
      return RootCauseKind.fromWire(wire.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
