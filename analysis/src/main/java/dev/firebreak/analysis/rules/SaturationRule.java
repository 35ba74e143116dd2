package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.signals.MetricFamily;
import dev.firebreak.analysis.signals.SeriesShift;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource ran out: a pool at its maximum, CPU or memory near 100%, a queue piling up. Usage
 * series are compared with their "_max" sibling when one exists, else read as ratios.
 */
public final class SaturationRule implements Rule {

  static final double NEAR_FULL = 0.9;

  @Override
  public String name() {
    return "saturation";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Evidence> metrics = context.evidenceOf(EvidenceKind.METRIC);
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (ShiftedSeries s : ShiftedSeries.of(context, MetricFamily.SATURATION)) {
      if (!s.shift().up() || s.name().endsWith("_max")) {
        continue;
      }
      List<String> cited = new ArrayList<>(List.of(s.evidence().id()));
      double fill = fill(s, metrics, cited);
      boolean queue = s.name().contains("queue") || s.name().contains("waiting");
      boolean full = fill >= NEAR_FULL || (queue && s.shift().relativeChange() >= 2);
      if (!full) {
        continue;
      }
      double weight = Double.isNaN(fill) ? 0.5 : Math.min(0.7, 0.5 + Math.max(0, fill - NEAR_FULL));
      String title =
          "Saturation in " + s.evidence().service() + ": " + s.describe()
              + (Double.isNaN(fill) || queue ? "" : String.format(", %.0f%% full", fill * 100));
      findings.add(
          new Finding(ids.next(), name(), FindingSeverity.HIGH, title,
              "A resource of " + s.evidence().service() + " is at its limit", s.evidence().service(),
              cited,
              List.of(new CauseHint(RootCauseKind.RESOURCE_SATURATION, s.evidence().service(), null,
                  weight, title))));
    }
    return findings;
  }

  /** How full the resource got, as a share of its limit. */
  private static double fill(ShiftedSeries s, List<Evidence> metrics, List<String> cited) {
    double peak = SeriesShift.maxSince(s.evidence().series().timestamps(),
        s.evidence().series().values(), s.shift().onsetMillis());
    String maxName = s.name().replaceAll("_(active|used|usage|current)$", "") + "_max";
    for (Evidence m : metrics) {
      if (m.series().name().equals(maxName) && m.service().equals(s.evidence().service())) {
        double[] v = m.series().values();
        double limit = v.length == 0 ? Double.NaN : v[v.length - 1];
        if (limit > 0) {
          cited.add(m.id());
          return peak / limit;
        }
      }
    }
    return s.name().contains("ratio") || s.name().contains("utilization") ? peak : Double.NaN;
  }
}
