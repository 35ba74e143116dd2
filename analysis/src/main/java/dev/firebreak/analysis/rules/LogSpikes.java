package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.logs.LogSpikeFinder;
import dev.firebreak.analysis.logs.TemplateMiner;
import dev.firebreak.analysis.logs.TemplateSpike;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Error-pattern spikes and novelty for the rules. With detectors on, lines are grouped by mined
 * templates (parameters masked); with them off, by their exact text — the baseline the scenario
 * benchmark compares against.
 */
final class LogSpikes {
  private LogSpikes() {}

  /** Error and warning templates whose rate rose in the window starting at {@code windowStart}. */
  static List<TemplateSpike> rising(List<LogLine> lines, Instant windowStart, Instant windowEnd,
      boolean detectors) {
    List<dev.firebreak.analysis.logs.LogLine> baseline = new ArrayList<>();
    List<dev.firebreak.analysis.logs.LogLine> incident = new ArrayList<>();
    long earliest = windowStart.toEpochMilli();
    for (LogLine line : lines) {
      if (!line.isErrorOrWarning()) {
        continue;
      }
      var l = new dev.firebreak.analysis.logs.LogLine(line.ts().toEpochMilli(), line.message());
      (line.ts().isBefore(windowStart) ? baseline : incident).add(l);
      earliest = Math.min(earliest, l.epochMillis());
    }
    long baselineMillis = Math.max(60_000, windowStart.toEpochMilli() - earliest);
    long incidentMillis = Math.max(60_000, windowEnd.toEpochMilli() - windowStart.toEpochMilli());
    if (detectors) {
      return new LogSpikeFinder().find(baseline, baselineMillis, incident, incidentMillis, 5);
    }
    return exact(baseline, baselineMillis, incident, incidentMillis);
  }

  /** True when at least {@code min} error lines after {@code since} have a pattern unseen before it. */
  static boolean newErrorsAfter(List<LogLine> lines, Instant since, Instant until, int min, boolean detectors) {
    TemplateMiner miner = new TemplateMiner();
    List<LogLine> errors = lines.stream().filter(LogLine::isError).filter(l -> !l.ts().isAfter(until)).toList();
    List<Object> keys = errors.stream()
        .map(l -> detectors ? (Object) miner.addForId(l.message()) : l.message()).toList();
    // templates can merge as lines arrive: compare by the ids they ended up with
    Function<Object, Object> settled = k -> detectors ? miner.currentId((Integer) k) : k;
    Set<Object> before = new HashSet<>();
    for (int i = 0; i < errors.size(); i++) {
      if (errors.get(i).ts().isBefore(since)) {
        before.add(settled.apply(keys.get(i)));
      }
    }
    int fresh = 0;
    for (int i = 0; i < errors.size(); i++) {
      if (!errors.get(i).ts().isBefore(since) && !before.contains(settled.apply(keys.get(i)))) {
        fresh++;
      }
    }
    return fresh >= min;
  }

  private static List<TemplateSpike> exact(List<dev.firebreak.analysis.logs.LogLine> baseline, long baselineMillis,
      List<dev.firebreak.analysis.logs.LogLine> incident, long incidentMillis) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Long> first = new LinkedHashMap<>();
    baseline.forEach(l -> counts.computeIfAbsent(l.message(), m -> new long[2])[1]++);
    incident.forEach(l -> {
      counts.computeIfAbsent(l.message(), m -> new long[2])[0]++;
      first.merge(l.message(), l.epochMillis(), Math::min);
    });
    double scale = (double) incidentMillis / baselineMillis;
    List<TemplateSpike> out = new ArrayList<>();
    counts.forEach((message, c) -> {
      if (c[0] > c[1] * scale) {
        double ratio = (c[0] / (double) incidentMillis) / ((c[1] + 0.5) / baselineMillis);
        out.add(new TemplateSpike(message, c[0], c[1], ratio, first.get(message), c[1] == 0, List.of(message)));
      }
    });
    out.sort(Comparator.comparingLong(TemplateSpike::incidentCount).reversed());
    return out;
  }
}
