package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Error and warning lines whose pattern rose sharply in the incident window against the baseline
 * before it; the dominant pattern is named, and what it mentions hints at the cause.
 */
public final class ErrorLogSpikeRule implements Rule {

  static final Duration WINDOW_BEFORE_ALERT = Duration.ofMinutes(15);
  static final int MIN_COUNT = 5;
  private static final Pattern SATURATION =
      Pattern.compile("pool|exhaust|too many connections|queue (is )?full|rejected|outofmemory"
          + "|out of memory|heap space|gc overhead|throttl|saturat|thread starvation");
  private static final Pattern INFRASTRUCTURE =
      Pattern.compile("no space left|disk|i/o error|read-only file system|notready|node .*(down|lost)"
          + "|kernel|filesystem|evicted|hardware");

  @Override
  public String name() {
    return "error-log-spike";
  }

  record PatternSpike(String pattern, int count, int baselineCount, Instant firstSeen, List<String> samples) {
    String describe(Instant alertTime) {
      long minutes = Math.max(1, Duration.between(firstSeen, alertTime).toMinutes());
      String novelty =
          baselineCount == 0
              ? "new in the last " + minutes + " min"
              : "up from " + baselineCount + " in the baseline";
      return "`" + pattern + "` ×" + count + ", " + novelty;
    }
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Instant alertTime = context.incident().alertTime();
    Instant windowStart = alertTime.minus(WINDOW_BEFORE_ALERT);
    Set<String> knownServices = knownServices(context);
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (Evidence logs : context.evidenceOf(EvidenceKind.LOGS)) {
      List<PatternSpike> spikes = spikes(logs.logs(), windowStart, context.settings());
      if (spikes.isEmpty()) {
        continue;
      }
      PatternSpike top = spikes.get(0);
      String title = "Error spike in " + logs.service() + ": " + top.describe(alertTime);
      String detail =
          spikes.stream().limit(3).map(s -> s.describe(alertTime) + " e.g. " + s.samples().get(0))
              .collect(Collectors.joining("\n"));
      findings.add(
          new Finding(ids.next(), name(), top.count() >= 50 ? FindingSeverity.HIGH : FindingSeverity.MEDIUM,
              title, detail, logs.service(), List.of(logs.id()),
              hints(top, logs.service(), knownServices)));
    }
    return findings;
  }

  static List<PatternSpike> spikes(List<LogLine> lines, Instant windowStart, RuleSettings settings) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Instant> firstSeen = new LinkedHashMap<>();
    Map<String, List<String>> samples = new LinkedHashMap<>();
    Instant earliest = null;
    for (LogLine line : lines) {
      if (!line.isErrorOrWarning()) {
        continue;
      }
      earliest = earliest == null || line.ts().isBefore(earliest) ? line.ts() : earliest;
      String pattern = LogPatterns.of(line.message());
      int[] c = counts.computeIfAbsent(pattern, p -> new int[2]);
      boolean inWindow = !line.ts().isBefore(windowStart);
      c[inWindow ? 0 : 1]++;
      if (inWindow) {
        firstSeen.merge(pattern, line.ts(), (a, b) -> a.isBefore(b) ? a : b);
        List<String> s = samples.computeIfAbsent(pattern, p -> new ArrayList<>());
        if (s.size() < 3) {
          s.add(line.message());
        }
      }
    }
    double baselineMinutes =
        earliest == null || !earliest.isBefore(windowStart)
            ? 1
            : Math.max(1, Duration.between(earliest, windowStart).toMinutes());
    double windowMinutes = WINDOW_BEFORE_ALERT.toMinutes() + 5;
    List<PatternSpike> spikes = new ArrayList<>();
    counts.forEach(
        (pattern, c) -> {
          double windowRate = c[0] / windowMinutes;
          double baselineRate = Math.max(c[1], 1) / baselineMinutes;
          if (c[0] >= MIN_COUNT && (c[1] == 0 || windowRate / baselineRate >= settings.errorSpikeMinRatio())) {
            spikes.add(new PatternSpike(pattern, c[0], c[1], firstSeen.get(pattern), samples.get(pattern)));
          }
        });
    spikes.sort(Comparator.comparingInt(PatternSpike::count).reversed());
    return spikes;
  }

  private static List<CauseHint> hints(PatternSpike spike, String service, Set<String> knownServices) {
    String text = spike.pattern().toLowerCase(Locale.ROOT);
    List<CauseHint> hints = new ArrayList<>();
    String reason = "error pattern " + spike.pattern();
    for (String other : knownServices) {
      if (!other.equals(service) && text.contains(other.toLowerCase(Locale.ROOT))) {
        hints.add(new CauseHint(RootCauseKind.DEPENDENCY, other, null, 0.5, reason));
      }
    }
    if (SATURATION.matcher(text).find()) {
      hints.add(new CauseHint(RootCauseKind.RESOURCE_SATURATION, service, null, 0.35, reason));
    }
    if (INFRASTRUCTURE.matcher(text).find()) {
      hints.add(new CauseHint(RootCauseKind.INFRASTRUCTURE, service, null, 0.45, reason));
    }
    return hints;
  }

  private static Set<String> knownServices(RuleContext context) {
    Set<String> services = new java.util.TreeSet<>();
    for (Evidence e : context.evidence()) {
      if (e.service() != null && !e.service().isBlank()) {
        services.add(e.service());
      }
      String target = e.label("target");
      if (target != null) {
        services.add(target);
      }
    }
    return services;
  }
}
