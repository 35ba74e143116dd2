package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.anomaly.Detectors;
import dev.firebreak.analysis.anomaly.Score;
import dev.firebreak.analysis.anomaly.StreamingDetector;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs the streaming anomaly detector over each metric series and reports where it first flagged
 * the series — often minutes before the static threshold that paged. A symptom, so no cause hint:
 * it tells responders when things started and what was expected instead.
 */
public final class MetricAnomalyRule implements Rule {

  /** The score above which a point is anomalous: the NAB-optimal threshold of the standard detector. */
  static final double THRESHOLD = 0.59;
  static final Duration LOOK_BACK = Duration.ofMinutes(30);
  static final int MAX_FINDINGS = 5;

  @Override
  public String name() {
    return "metric-anomaly";
  }

  /** The score at or above which this rule counts a point as flagged (for readers that show scores). */
  public static double threshold() {
    return THRESHOLD;
  }

  record Flag(Evidence evidence, Instant at, Score score, double value) {}

  @Override
  public List<Finding> evaluate(RuleContext context) {
    if (!context.settings().detectors()) {
      return List.of();
    }
    Instant alert = context.incident().alertTime();
    List<Flag> flags = new ArrayList<>();
    for (Evidence e : context.evidenceOf(EvidenceKind.METRIC)) {
      firstFlag(e, alert.minus(LOOK_BACK), alert).ifPresent(flags::add);
    }
    flags.sort(Comparator.comparing(Flag::at));
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (Flag f : flags.subList(0, Math.min(MAX_FINDINGS, flags.size()))) {
      long lead = Duration.between(f.at(), alert).toMinutes();
      String title = String.format(Locale.ROOT, "Anomaly in %s of %s from %s (%s, value %.3g, expected %.3g–%.3g)%s",
          f.evidence().series().name(), f.evidence().service(), f.at(),
          f.score().feature().name().toLowerCase(Locale.ROOT).replace('_', ' '), f.value(),
          f.score().expectedLow(), f.score().expectedHigh(),
          lead > 0 ? ", " + lead + " min before the alert" : "");
      findings.add(new Finding(ids.next(), name(), FindingSeverity.MEDIUM, title,
          "score " + String.format(Locale.ROOT, "%.2f", f.score().value()) + " from the streaming detector",
          f.evidence().service(), List.of(f.evidence().id()), List.of()));
    }
    return findings;
  }

  private static java.util.Optional<Flag> firstFlag(Evidence e, Instant from, Instant to) {
    StreamingDetector detector = Detectors.standard();
    long[] ts = e.series().timestamps();
    double[] values = e.series().values();
    for (int i = 0; i < ts.length; i++) {
      Score score = detector.update(ts[i], values[i]);
      Instant at = Instant.ofEpochMilli(ts[i]);
      if (score.value() >= THRESHOLD && !at.isBefore(from) && !at.isAfter(to)) {
        return java.util.Optional.of(new Flag(e, at, score, values[i]));
      }
    }
    return java.util.Optional.empty();
  }
}
