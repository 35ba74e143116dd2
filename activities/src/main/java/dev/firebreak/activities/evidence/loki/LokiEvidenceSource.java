package dev.firebreak.activities.evidence.loki;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.activities.evidence.loki.LokiClient.Entry;
import dev.firebreak.activities.evidence.loki.LokiClient.LokiUnavailable;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.logs.LogTemplate;
import dev.firebreak.analysis.logs.TemplateMiner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Error and warning logs from Loki over the evidence window: one LogQL query built from the
 * incident's labels, one LOGS item with the newest {@code limit} lines (oldest first) whose summary
 * counts lines per level and names the most frequent message templates. The level comes from a
 * stream label or structured metadata ({@code level}, {@code detected_level}, …), else from the
 * line itself ({@code level=…} / {@code "level":"…"}, else the first level word); a line whose
 * level is info or debug is left out.
 */
public class LokiEvidenceSource implements EvidenceSource {
  /** {@code level=error} (logfmt) or {@code "level":"error"} (JSON) in the line. */
  private static final Pattern LEVEL_FIELD = Pattern.compile(
      "(?i)\\b(?:level|severity|lvl)\"?\\s*[=:]\\s*\"?([a-z]+)");
  private static final Pattern LEVEL_IN_LINE = Pattern.compile(
      "(?i)\\b(fatal|panic|critical|crit|error|err|warning|warn)\\b");

  private final LokiSettings settings;
  private final LokiClient client;

  public LokiEvidenceSource(LokiSettings settings) {
    this.settings = settings;
    this.client = new LokiClient(settings);
  }

  @Override
  public String name() {
    return "loki";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) throws LokiUnavailable {
    Optional<String> logql = LogQl.query(settings, q.service(), q.labels());
    if (logql.isEmpty()) {
      return List.of();
    }
    List<Entry> entries = client.queryRange(logql.get(), q.from(), q.to(), settings.limit());
    List<LogLine> lines = new ArrayList<>();
    for (Entry e : entries) {
      String level = level(e);
      if (level != null) {
        lines.add(new LogLine(e.ts(), q.service(), level, e.line()));
      }
    }
    if (lines.isEmpty()) {
      return List.of();
    }
    lines.sort(Comparator.comparing(LogLine::ts));
    String query = logql.get() + " [" + q.from() + " .. " + q.to() + ", newest " + settings.limit() + "]";
    return List.of(new Evidence(null, EvidenceKind.LOGS, name(), q.service(),
        summary(q.service(), lines, entries.size() >= settings.limit()), q.from(), q.to(), query,
        null, lines, null));
  }

  /** ERROR, FATAL or WARN; null for a line that is neither (the line filter let it through). */
  String level(Entry e) {
    for (String label : settings.levelLabels()) {
      String v = e.labels().get(label);
      if (v != null && !v.isBlank()) {
        return normalise(v);
      }
    }
    Matcher field = LEVEL_FIELD.matcher(e.line());
    if (field.find()) {
      return normalise(field.group(1));
    }
    Matcher m = LEVEL_IN_LINE.matcher(e.line());
    return m.find() ? normalise(m.group(1)) : null;
  }

  private static String normalise(String level) {
    return switch (level.toLowerCase(Locale.ROOT)) {
      case "error", "err", "eror" -> "ERROR";
      case "fatal", "panic", "critical", "crit", "emergency", "alert" -> "FATAL";
      case "warn", "warning" -> "WARN";
      default -> null;
    };
  }

  private String summary(String service, List<LogLine> lines, boolean limitReached) {
    Map<String, Long> byLevel = new LinkedHashMap<>();
    lines.forEach(l -> byLevel.merge(l.level(), 1L, Long::sum));
    String perLevel = byLevel.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    TemplateMiner miner = new TemplateMiner();
    lines.forEach(l -> miner.add(l.message()));
    String top = miner.templates().stream()
        .sorted(Comparator.comparingLong(LogTemplate::count).reversed())
        .limit(settings.topMessages())
        .map(t -> "\"" + (t.template().length() > 120 ? t.template().substring(0, 120) + "…"
            : t.template()) + "\" ×" + t.count())
        .collect(Collectors.joining(", "));
    return lines.size() + (limitReached ? "+" : "") + " error/warning log lines for " + service
        + " (" + perLevel + ")" + (limitReached ? ", the newest " + settings.limit() + " read" : "")
        + "; top: " + top;
  }
}
