package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.signals.MetricFamily;
import dev.firebreak.analysis.signals.SeriesShift;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A metric evidence item of a family together with its sustained shift. */
record ShiftedSeries(Evidence evidence, SeriesShift.Shift shift) {

  static List<ShiftedSeries> of(RuleContext context, MetricFamily family) {
    return context.evidenceOf(EvidenceKind.METRIC).stream()
        .filter(e -> MetricFamily.of(e.series().name()) == family)
        .flatMap(
            e -> {
              Optional<SeriesShift.Shift> shift =
                  SeriesShift.detect(e.series().timestamps(), e.series().values());
              return shift.map(s -> new ShiftedSeries(e, s)).stream();
            })
        // a shift that begins after the alert cannot have caused it
        .filter(s -> !s.onset().isAfter(context.incident().alertTime()))
        .toList();
  }

  Instant onset() {
    return Instant.ofEpochMilli(shift.onsetMillis());
  }

  String name() {
    return evidence.series().name();
  }

  String describe() {
    return name() + " of " + evidence.service() + " " + shift.describeChange() + " ("
        + format(shift.baseline()) + " → " + format(shift.shifted()) + ") since " + onset();
  }

  static String format(double v) {
    return String.format("%.3g", v);
  }
}
