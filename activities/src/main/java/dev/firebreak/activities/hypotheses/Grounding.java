package dev.firebreak.activities.hypotheses;

import dev.firebreak.analysis.ranking.ActionKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.HypothesisRanker;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.RootCauseKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which of the model's claims survive, and merges them into the deterministic ranking.
 * A claim survives only if it is well formed and every evidence id it cites belongs to the
 * incident; an action survives only if its kind is in the {@link ActionKind} catalogue. A claim
 * that matches a deterministic hypothesis (same kind and service) corroborates it and can never
 * raise it; a claim the rules did not make is added, capped low, so the model can point at
 * something without outranking the evidence. The deterministic hypotheses are never removed.
 */
public final class Grounding {
  static final int MAX_ADDED = 3;

  private final double unmatchedCap;

  public Grounding(double unmatchedCap) {
    this.unmatchedCap = unmatchedCap;
  }

  /**
   * @param corroborated deterministic hypothesis ids the model agreed with
   * @param added hypotheses only the model proposed
   * @param dropped claims (hypotheses and actions) that failed the check
   */
  public record Result(Ranking ranking, List<String> corroborated, List<Hypothesis> added,
      int dropped, List<String> nextChecks) {}

  public Result apply(ModelAnswer answer, Ranking deterministic, Set<String> evidenceIds,
      List<Finding> findings) {
    Map<String, ProposedAction> actions = new LinkedHashMap<>();
    deterministic.actions().forEach(a -> actions.put(a.id(), a));
    Set<String> corroborated = new LinkedHashSet<>();
    List<Hypothesis> added = new ArrayList<>();
    Set<String> nextChecks = new LinkedHashSet<>();
    int dropped = 0;
    for (ModelAnswer.Claim c : answer.claims()) {
      RootCauseKind kind = wellFormed(c, evidenceIds);
      if (kind == null) {
        dropped++;
        continue;
      }
      Hypothesis match = sameCause(deterministic.hypotheses(), kind, c.service());
      Hypothesis earlier = sameCause(added, kind, c.service());
      Hypothesis target;
      if (match != null) {
        corroborated.add(match.id());
        target = match;
      } else if (earlier != null) {
        target = earlier;
      } else if (added.size() < MAX_ADDED) {
        target = modelHypothesis(c, kind, findings, added.size() + deterministic.hypotheses().size());
        added.add(target);
      } else {
        continue;
      }
      nextChecks.addAll(c.nextChecks());
      dropped += addActions(c.actions(), target, actions);
    }
    List<Hypothesis> merged = new ArrayList<>(deterministic.hypotheses());
    merged.addAll(added);
    // stable: on equal confidence the deterministic hypothesis stays ahead
    merged.sort(Comparator.comparingDouble(Hypothesis::confidence).reversed());
    List<Hypothesis> ranked = new ArrayList<>();
    for (Hypothesis h : merged) {
      ranked.add(new Hypothesis(h.id(), ranked.size() + 1, h.kind(), h.service(), h.ref(), h.cause(),
          h.confidence(), h.evidenceIds(), h.findingIds()));
    }
    return new Result(new Ranking(ranked, new ArrayList<>(actions.values())),
        List.copyOf(corroborated), List.copyOf(added), dropped, List.copyOf(nextChecks));
  }

  private static Hypothesis sameCause(List<Hypothesis> hypotheses, RootCauseKind kind, String service) {
    return hypotheses.stream()
        .filter(h -> h.kind() == kind && h.service().equalsIgnoreCase(service))
        .findFirst().orElse(null);
  }

  /** The claim's kind when it may stand; null when it must be dropped. */
  private static RootCauseKind wellFormed(ModelAnswer.Claim c, Set<String> evidenceIds) {
    if (c.cause() == null || c.service() == null || c.kind() == null || c.confidence() == null
        || c.confidence() < 0 || c.confidence() > 1 || c.evidenceIds() == null
        || c.evidenceIds().isEmpty() || !evidenceIds.containsAll(c.evidenceIds())
        || c.nextChecks() == null || c.actions() == null) {
      return null;
    }
    try {
      return RootCauseKind.fromWire(c.kind());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Hypothesis modelHypothesis(ModelAnswer.Claim c, RootCauseKind kind, List<Finding> findings,
      int rank) {
    double confidence = Math.round(Math.min(c.confidence(), unmatchedCap) * 1000) / 1000.0;
    List<String> findingIds = findings.stream()
        .filter(f -> f.evidenceIds().stream().anyMatch(c.evidenceIds()::contains))
        .map(Finding::id).toList();
    String cause = "Model suggests: " + c.cause()
        + (c.nextChecks().isEmpty() ? "" : " Next checks: " + String.join("; ", c.nextChecks()) + ".");
    return new Hypothesis("h-model-" + kind.wireName() + "-" + slug(c.service()), rank + 1, kind,
        c.service(), null, cause, confidence, List.copyOf(new LinkedHashSet<>(c.evidenceIds())),
        findingIds);
  }

  /**
   * Adds the catalogue actions the claim asks for to a hypothesis sure enough to act on; the
   * target comes from the hypothesis, never from the model's text. Returns how many were dropped.
   */
  private static int addActions(List<String> requested, Hypothesis h, Map<String, ProposedAction> actions) {
    int dropped = 0;
    for (String name : requested) {
      ActionKind kind = actionKind(name);
      if (kind == null) {
        dropped++;
        continue;
      }
      boolean needsRef = kind == ActionKind.ROLLBACK || kind == ActionKind.REVERT_CONFIG;
      if (h.confidence() < HypothesisRanker.ACTIONABLE || (needsRef && h.ref() == null)) {
        continue;
      }
      String target = needsRef ? h.ref() : h.service();
      String id = "a-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + slug(h.service())
          + (target.equals(h.service()) ? "" : "-" + slug(target));
      actions.putIfAbsent(id, new ProposedAction(id, kind, h.service(), target,
          describe(kind, h.service(), target) + " (suggested by the model)", h.id()));
    }
    return dropped;
  }

  static ActionKind actionKind(String name) {
    try {
      return ActionKind.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String describe(ActionKind kind, String service, String target) {
    return switch (kind) {
      case ROLLBACK -> "Roll back " + service + " to the release before " + target;
      case REVERT_CONFIG -> "Revert config push " + target + " on " + service;
      case PAGE_TEAM -> "Page the owners of " + service;
      case SCALE_UP -> "Raise the exhausted limit of " + service;
      case SCALE_OUT -> "Scale out " + service;
      case CORDON_NODE -> "Cordon and drain the failing node under " + service;
    };
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
