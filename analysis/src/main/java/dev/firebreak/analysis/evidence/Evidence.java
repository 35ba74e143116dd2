package dev.firebreak.analysis.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One piece of evidence gathered for an incident, with where it came from. Exactly one of
 * {@code series}, {@code logs}, {@code deploy} is set for METRIC, LOGS and DEPLOY items; a
 * SCREENSHOT carries the lines of text OCR read from the image in {@code logs}.
 *
 * @param id stable within an incident, so findings and hypotheses can cite it
 * @param source the evidence source that produced it ("scenario", "context", "prometheus", ...)
 * @param query what was asked of the source, so a reader can ask it again
 */
public record Evidence(
    String id,
    EvidenceKind kind,
    String source,
    String service,
    String summary,
    Instant windowStart,
    Instant windowEnd,
    String query,
    MetricSeries series,
    List<LogLine> logs,
    Deploy deploy) {

  public Evidence {
    logs = logs == null ? List.of() : List.copyOf(logs);
  }

  public static Evidence metric(
      String id, String source, MetricSeries series, Instant from, Instant to, String query) {
    String service = series.labels().getOrDefault("service", "");
    return new Evidence(
        id, EvidenceKind.METRIC, source, service, series.describe(), from, to, query, series, null,
        null);
  }

  public static Evidence logs(
      String id, String source, String service, List<LogLine> lines, Instant from, Instant to,
      String query) {
    String summary = lines.size() + " log lines for " + service;
    return new Evidence(
        id, EvidenceKind.LOGS, source, service, summary, from, to, query, null, lines, null);
  }

  /** @param text what OCR read, line by line; blank lines are dropped */
  public static Evidence screenshot(String id, String source, String service, String summary, String text,
      Instant at, String query) {
    List<LogLine> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty())
        .map(l -> new LogLine(at, service, null, l)).toList();
    return new Evidence(id, EvidenceKind.SCREENSHOT, source, service, summary, at, at, query, null, lines, null);
  }

  public static Evidence deploy(String id, String source, Deploy deploy, String query) {
    String summary =
        "deploy " + deploy.commit() + " to " + deploy.service() + " by " + deploy.author() + ": "
            + deploy.message();
    return new Evidence(
        id, EvidenceKind.DEPLOY, source, deploy.service(), summary, deploy.ts(), deploy.ts(),
        query, null, null, deploy);
  }

  public String label(String name) {
    return series == null ? null : series.labels().get(name);
  }

  public Map<String, String> seriesLabels() {
    return series == null ? Map.of() : series.labels();
  }
}
