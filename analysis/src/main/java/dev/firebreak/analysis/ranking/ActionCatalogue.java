package dev.firebreak.analysis.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps hypotheses to actions from the fixed catalogue; ids are stable so decisions can cite them. */
final class ActionCatalogue {
  private ActionCatalogue() {}

  static List<ProposedAction> propose(List<Hypothesis> hypotheses, List<String> teams) {
    Map<String, ProposedAction> actions = new LinkedHashMap<>();
    for (Hypothesis h : hypotheses) {
      if (h.confidence() < HypothesisRanker.ACTIONABLE) {
        continue;
      }
      ProposedAction a = forHypothesis(h);
      actions.putIfAbsent(a.id(), a);
    }
    for (String team : teams) {
      ProposedAction page = new ProposedAction("a-page-team-" + HypothesisRanker.slug(team),
          ActionKind.PAGE_TEAM, null, team, "Page team " + team, null);
      actions.putIfAbsent(page.id(), page);
    }
    return new ArrayList<>(actions.values());
  }

  private static ProposedAction forHypothesis(Hypothesis h) {
    String s = h.service();
    return switch (h.kind()) {
      case DEPLOY -> action(ActionKind.ROLLBACK, h, h.ref(),
          "Roll back " + s + " to the release before " + h.ref());
      case CONFIG_CHANGE -> action(ActionKind.REVERT_CONFIG, h, h.ref(),
          "Revert config push " + h.ref() + " on " + s);
      case DEPENDENCY -> action(ActionKind.PAGE_TEAM, h, s,
          "Page the owners of " + s + " and enable fallbacks for calls to it");
      case RESOURCE_SATURATION -> action(ActionKind.SCALE_UP, h, s,
          "Raise the exhausted limit of " + s + " (pool size, CPU or memory)");
      case TRAFFIC_SURGE -> action(ActionKind.SCALE_OUT, h, s,
          "Scale out " + s + " and turn on rate limiting at the edge");
      case INFRASTRUCTURE -> action(ActionKind.CORDON_NODE, h, h.ref() == null ? s : h.ref(),
          "Cordon and drain " + (h.ref() == null ? "the failing node under " + s : h.ref()));
    };
  }

  private static ProposedAction action(ActionKind kind, Hypothesis h, String target, String text) {
    String id = "a-" + kind.name().toLowerCase().replace('_', '-') + "-"
        + HypothesisRanker.slug(h.service()) + (target == null || target.equals(h.service())
            ? "" : "-" + HypothesisRanker.slug(target));
    return new ProposedAction(id, kind, h.service(), target, text, h.id());
  }
}
