package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.signals.MetricFamily;
import java.util.ArrayList;
import java.util.List;

/** A node went unready, a disk filled up or stalled under the service. */
public final class InfrastructureRule implements Rule {

  @Override
  public String name() {
    return "infrastructure";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (ShiftedSeries s : ShiftedSeries.of(context, MetricFamily.INFRASTRUCTURE)) {
      String name = s.name();
      boolean readyDropped = name.contains("ready") && !s.shift().up();
      boolean diskFull = name.contains("used") && s.shift().up() && s.shift().shifted() >= 0.9;
      boolean stalled = (name.contains("wait") || name.contains("latency") || name.contains("error"))
          && s.shift().up() && s.shift().relativeChange() >= 1;
      if (!readyDropped && !diskFull && !stalled) {
        continue;
      }
      String node = s.evidence().label("node");
      if (node == null) {
        node = s.evidence().label("instance");
      }
      String title = "Infrastructure trouble under " + s.evidence().service()
          + (node == null ? "" : " on " + node) + ": " + s.describe();
      findings.add(
          new Finding(ids.next(), name(), FindingSeverity.HIGH, title,
              "Node-level metrics changed before the alert", s.evidence().service(),
              List.of(s.evidence().id()),
              List.of(new CauseHint(RootCauseKind.INFRASTRUCTURE, s.evidence().service(), node,
                  readyDropped ? 0.85 : 0.75, title))));
    }
    return findings;
  }
}
