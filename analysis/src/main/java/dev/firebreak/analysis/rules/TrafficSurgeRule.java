package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.signals.MetricFamily;
import java.util.ArrayList;
import java.util.List;

/** Request rate jumped well above its baseline: load, not code, may be what broke. */
public final class TrafficSurgeRule implements Rule {

  static final double MIN_INCREASE = 0.8;

  @Override
  public String name() {
    return "traffic-surge";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (ShiftedSeries s : ShiftedSeries.of(context, MetricFamily.TRAFFIC)) {
      double rise = s.shift().relativeChange();
      if (rise < MIN_INCREASE) {
        continue;
      }
      double weight = Math.min(0.9, 0.6 + 0.1 * rise);
      String title = String.format("Traffic surge on %s: %s (×%.1f)", s.evidence().service(),
          s.describe(), 1 + rise);
      findings.add(
          new Finding(ids.next(), name(), FindingSeverity.HIGH, title,
              "Request rate rose well above its baseline before the alert", s.evidence().service(),
              List.of(s.evidence().id()),
              List.of(new CauseHint(RootCauseKind.TRAFFIC_SURGE, s.evidence().service(), null, weight,
                  title))));
    }
    return findings;
  }
}
