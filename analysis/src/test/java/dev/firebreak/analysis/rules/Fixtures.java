package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.evidence.MetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evidence builders for rule tests: series of 40 points at 30 s ending at the alert time. */
final class Fixtures {
  static final Instant ALERT = Instant.parse("2026-03-01T10:20:00Z");
  static final Instant START = ALERT.minus(Duration.ofMinutes(20));
  static final int POINTS = 40;
  static final int STEP_SECONDS = 30;

  private Fixtures() {}

  /** Flat at {@code base} with small deterministic noise, then at {@code after} from {@code shiftAt}. */
  static Evidence series(String id, String name, Map<String, String> labels, double base, double after,
      Instant shiftAt) {
    long[] ts = new long[POINTS];
    double[] v = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      ts[i] = START.plusSeconds((long) i * STEP_SECONDS).toEpochMilli();
      double noise = ((i * 7919) % 11 - 5) / 100.0 * Math.abs(base == 0 ? 0.01 : base) * 0.5;
      boolean shifted = shiftAt != null && ts[i] >= shiftAt.toEpochMilli();
      v[i] = (shifted ? after : base) + noise;
    }
    return Evidence.metric(id, "test", new MetricSeries(name, labels, ts, v), START, ALERT, name);
  }

  static Instant minutesBeforeAlert(int minutes) {
    return ALERT.minus(Duration.ofMinutes(minutes));
  }

  static Evidence deploy(String id, String service, String commit, Instant at, String... files) {
    return Evidence.deploy(id, "test", new Deploy(at, service, commit, "dana", "change " + commit, List.of(files)), "");
  }

  static Evidence logs(String id, String service, List<LogLine> lines) {
    return Evidence.logs(id, "test", service, lines, START, ALERT, "");
  }

  static List<LogLine> lines(String service, String level, String template, Instant from, int count, int everySeconds) {
    List<LogLine> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new LogLine(from.plusSeconds((long) i * everySeconds), service, level, template.formatted(1000 + i * 37)));
    }
    return out;
  }

  static Evidence alert() {
    return new Evidence("ev-alert", EvidenceKind.ALERT, "alert", "checkout", "HighLatency firing", ALERT, ALERT,
        "", null, null, null);
  }

  static RuleContext context(Evidence... evidence) {
    return contextWith(List.of(), evidence);
  }

  static RuleContext contextWith(List<OpenIncident> open, Evidence... evidence) {
    IncidentFacts facts = new IncidentFacts("inc-1", "checkout", "HighLatency", ALERT,
        Map.of("alertname", "HighLatency", "service", "checkout"), Set.of("fp1"));
    return new RuleContext(facts, List.of(evidence), open, RuleSettings.defaults());
  }
}
