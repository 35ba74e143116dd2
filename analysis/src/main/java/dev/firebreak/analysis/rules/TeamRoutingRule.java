package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which team owns the incident, from the alert's labels: an explicit {@code team} label wins,
 * else the first routing entry ("label=value" → team) that matches, checked in sorted order so
 * the answer does not depend on map iteration.
 */
public final class TeamRoutingRule implements Rule {

  @Override
  public String name() {
    return "team-routing";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<String> alertEvidence =
        context.evidenceOf(EvidenceKind.ALERT).stream().map(Evidence::id).limit(1).toList();
    if (alertEvidence.isEmpty()) {
      return List.of();
    }
    Map<String, String> labels = context.incident().labels();
    String team = labels.get("team");
    String via = "label team=" + team;
    if (team == null) {
      for (Map.Entry<String, String> route : new TreeMap<>(context.settings().routing()).entrySet()) {
        String[] kv = route.getKey().split("=", 2);
        if (kv.length == 2 && kv[1].equals(labels.get(kv[0]))) {
          team = route.getValue();
          via = "routing " + route.getKey();
          break;
        }
      }
    }
    if (team == null) {
      return List.of();
    }
    return List.of(
        new Finding("f-" + name() + "-1", name(), FindingSeverity.LOW, "Route to team " + team,
            "Chosen by " + via, context.incident().service(), alertEvidence, List.of()));
  }

  /** The team a routing finding names, for the ranker's page action. */
  public static String teamOf(Finding finding) {
    return finding.title().substring("Route to team ".length());
  }
}
