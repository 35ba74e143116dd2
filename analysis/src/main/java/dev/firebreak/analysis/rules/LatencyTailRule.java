package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.signals.MetricFamily;
import dev.firebreak.analysis.signals.SeriesShift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tail latency (p95/p99 series) above the configured threshold in the minutes before the alert.
 * It is a symptom, not a cause: it gives no cause hint but tells responders how bad it is.
 */
public final class LatencyTailRule implements Rule {

  static final Duration LOOK_BACK = Duration.ofMinutes(10);

  @Override
  public String name() {
    return "latency-tail";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    long from = context.incident().alertTime().minus(LOOK_BACK).toEpochMilli();
    double threshold = context.settings().latencyThresholdSeconds();
    for (Evidence e : context.evidenceOf(EvidenceKind.METRIC)) {
      String name = e.series().name().toLowerCase();
      if (MetricFamily.of(name) != MetricFamily.LATENCY || !isTail(name)) {
        continue;
      }
      double max = SeriesShift.maxSince(e.series().timestamps(), e.series().values(), from);
      if (Double.isNaN(max) || max <= threshold) {
        continue;
      }
      String shift =
          SeriesShift.detect(e.series().timestamps(), e.series().values())
              .map(s -> ", " + s.describeChange() + " against its baseline of "
                  + ShiftedSeries.format(s.baseline()) + "s")
              .orElse("");
      FindingSeverity severity = max > threshold * 3 ? FindingSeverity.HIGH : FindingSeverity.MEDIUM;
      findings.add(
          new Finding(ids.next(), name(), severity,
              "Tail latency of " + e.service() + " at " + ShiftedSeries.format(max) + "s" + shift,
              e.series().describe() + " peaked at " + ShiftedSeries.format(max)
                  + "s in the 10 minutes before the alert (threshold " + threshold + "s)",
              e.service(), List.of(e.id()), List.of()));
    }
    return findings;
  }

  private static boolean isTail(String name) {
    return name.contains("p99") || name.contains("p95") || name.contains("p999")
        || name.contains("quantile") || name.contains("tail");
  }
}
