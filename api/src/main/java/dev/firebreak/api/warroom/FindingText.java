package dev.firebreak.api.warroom;

import dev.firebreak.analysis.rules.Finding;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts two rules put only into their findings' text, so the page can draw them.
 * {@code metric-anomaly} names the instant the detector first flagged a series in its title;
 * {@code error-log-spike} lists one pattern per detail line ("`template` ×count, novelty e.g.
 * sample"). If the wording changes, the page degrades to showing the text as it is — when
 * {@link Finding} grows structured fields for these, read those instead.
 */
public final class FindingText {
  static final String METRIC_ANOMALY = "metric-anomaly";
  static final String ERROR_LOG_SPIKE = "error-log-spike";
  static final String RECENT_DEPLOY = "recent-deploy";

  private static final Pattern FLAGGED_AT = Pattern.compile(" from (\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z)");
  private static final Pattern PATTERN_LINE = Pattern.compile("^`(.+)` ×(\\d+), (.+?)(?: e\\.g\\. (.*))?$");

  private FindingText() {}

  public record LogPattern(String template, Integer count, String novelty, String sample) {}

  static Optional<Instant> anomalyFlaggedAt(Finding f) {
    if (!METRIC_ANOMALY.equals(f.rule()) || f.title() == null) {
      return Optional.empty();
    }
    Matcher m = FLAGGED_AT.matcher(f.title());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static List<LogPattern> logPatterns(Finding f) {
    List<LogPattern> patterns = new ArrayList<>();
    if (f.detail() == null) {
      return patterns;
    }
    for (String line : f.detail().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = PATTERN_LINE.matcher(line.trim());
      patterns.add(m.matches()
          ? new LogPattern(m.group(1), Integer.valueOf(m.group(2)), m.group(3), m.group(4))
          : new LogPattern(line.trim(), null, null, null));
    }
    return patterns;
  }
}
