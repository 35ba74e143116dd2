package dev.firebreak.analysis.ranking;

import dev.firebreak.analysis.rules.CauseHint;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.RootCauseKind;
import dev.firebreak.analysis.rules.TeamRoutingRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns findings into ranked hypotheses, deterministically: hints for the same cause combine as a
 * noisy-OR, and a state (saturation) is discounted when an event on the same service (a deploy, a
 * config push, a traffic surge) explains it. The same findings always give the same ranking.
 */
public final class HypothesisRanker {

  /** Below this a hypothesis is listed but proposes no action. */
  public static final double ACTIONABLE = 0.3;

  static final double EXPLAINED_DISCOUNT = 0.5;
  static final double STRONG_EVENT = 0.6;
  static final int MAX_HYPOTHESES = 5;

  public Ranking rank(List<Finding> findings) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    List<HintOf> hints = new ArrayList<>();
    for (Finding f : findings) {
      for (CauseHint h : f.hints()) {
        hints.add(new HintOf(h, f));
      }
    }
    // hints with a ref first, so a ref-less hint can join the cause it refines
    hints.sort(Comparator.comparing((HintOf h) -> h.hint().ref() == null));
    for (HintOf h : hints) {
      String key = keyFor(h.hint(), candidates);
      candidates.computeIfAbsent(key, k -> new Candidate(h.hint())).add(h);
    }
    discountExplainedStates(candidates);
    List<Candidate> ordered = new ArrayList<>(candidates.values());
    ordered.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
        .thenComparing(c -> c.first.key()));
    List<Hypothesis> hypotheses = new ArrayList<>();
    for (Candidate c : ordered.subList(0, Math.min(MAX_HYPOTHESES, ordered.size()))) {
      hypotheses.add(c.toHypothesis(hypotheses.size() + 1));
    }
    return new Ranking(hypotheses, ActionCatalogue.propose(hypotheses, teams(findings)));
  }

  private static String keyFor(CauseHint hint, Map<String, Candidate> candidates) {
    if (hint.ref() == null) {
      for (Candidate c : candidates.values()) {
        if (c.first.kind() == hint.kind() && c.first.service().equals(hint.service())) {
          return c.first.key();
        }
      }
    }
    return hint.key();
  }

  private static void discountExplainedStates(Map<String, Candidate> candidates) {
    Set<String> explainedServices = new LinkedHashSet<>();
    for (Candidate c : candidates.values()) {
      RootCauseKind k = c.first.kind();
      boolean event = k == RootCauseKind.DEPLOY || k == RootCauseKind.CONFIG_CHANGE
          || k == RootCauseKind.TRAFFIC_SURGE;
      if (event && c.confidence() >= STRONG_EVENT) {
        explainedServices.add(c.first.service());
      }
    }
    for (Candidate c : candidates.values()) {
      if (c.first.kind() == RootCauseKind.RESOURCE_SATURATION
          && explainedServices.contains(c.first.service())) {
        c.discount = EXPLAINED_DISCOUNT;
      }
    }
  }

  private static List<String> teams(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.rule().equals(new TeamRoutingRule().name()))
        .map(TeamRoutingRule::teamOf)
        .distinct()
        .toList();
  }

  private record HintOf(CauseHint hint, Finding finding) {}

  private static final class Candidate {
    final CauseHint first;
    final List<HintOf> hints = new ArrayList<>();
    double discount = 1.0;

    Candidate(CauseHint first) {
      this.first = first;
    }

    void add(HintOf h) {
      hints.add(h);
    }

    double confidence() {
      double miss = 1.0;
      for (HintOf h : hints) {
        miss *= 1 - h.hint().weight();
      }
      return (1 - miss) * discount;
    }

    Hypothesis toHypothesis(int rank) {
      Set<String> evidence = new LinkedHashSet<>();
      Set<String> findingIds = new LinkedHashSet<>();
      for (HintOf h : hints) {
        evidence.addAll(h.finding().evidenceIds());
        findingIds.add(h.finding().id());
      }
      HintOf strongest = hints.stream()
          .max(Comparator.comparingDouble(h -> h.hint().weight())).orElseThrow();
      String id = "h-" + first.kind().wireName() + "-" + slug(first.service())
          + (first.ref() == null ? "" : "-" + slug(first.ref()));
      double rounded = Math.round(confidence() * 1000) / 1000.0;
      return new Hypothesis(id, rank, first.kind(), first.service(), first.ref(),
          CauseText.describe(first, strongest.hint().reason()), rounded,
          List.copyOf(evidence), List.copyOf(findingIds));
    }
  }

  static String slug(String s) {
    return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
