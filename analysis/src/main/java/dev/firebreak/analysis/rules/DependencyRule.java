package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.signals.MetricFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calls from a service to a downstream target got slower or failed more: the target is a
 * candidate cause, more so when the target's own latency shifted too.
 */
public final class DependencyRule implements Rule {

  @Override
  public String name() {
    return "dependency";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Map<String, List<ShiftedSeries>> byTarget = new TreeMap<>();
    List<ShiftedSeries> client = new ArrayList<>(ShiftedSeries.of(context, MetricFamily.CLIENT_LATENCY));
    client.addAll(ShiftedSeries.of(context, MetricFamily.CLIENT_ERRORS));
    for (ShiftedSeries s : client) {
      String target = s.evidence().label("target");
      if (target != null && s.shift().up()) {
        byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(s);
      }
    }
    List<ShiftedSeries> serverLatency = ShiftedSeries.of(context, MetricFamily.LATENCY);
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    byTarget.forEach(
        (target, shifts) -> {
          List<String> cited = new ArrayList<>(shifts.stream().map(s -> s.evidence().id()).toList());
          List<String> own =
              serverLatency.stream()
                  .filter(s -> target.equals(s.evidence().service()) && s.shift().up())
                  .map(s -> s.evidence().id())
                  .toList();
          cited.addAll(own);
          double weight = own.isEmpty() ? 0.65 : 0.85;
          String title =
              "Calls to " + target + " degraded: "
                  + String.join("; ", shifts.stream().map(ShiftedSeries::describe).toList())
                  + (own.isEmpty() ? "" : "; " + target + "'s own latency rose too");
          findings.add(
              new Finding(ids.next(), name(), FindingSeverity.HIGH, title,
                  "Downstream degradation seen from its callers", target, cited,
                  List.of(new CauseHint(RootCauseKind.DEPENDENCY, target, null, weight, title))));
        });
    return findings;
  }
}
