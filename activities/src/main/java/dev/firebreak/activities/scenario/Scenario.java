package dev.firebreak.activities.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.evidence.MetricSeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A scenario file, format v1 (docs/scenario-format.md). */
public record Scenario(
    String name,
    String description,
    Instant start,
    List<Metric> metrics,
    List<LogLine> logs,
    List<Deploy> deploys,
    List<AlertDelivery> alerts,
    Expectation expect) {

  public Scenario {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    logs = logs == null ? List.of() : List.copyOf(logs);
    deploys = deploys == null ? List.of() : List.copyOf(deploys);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
  }

  public record Metric(String name, Map<String, String> labels, int stepSeconds, double[] values) {

    /** values[i] is at start + i * stepSeconds. */
    public MetricSeries toSeries(Instant start) {
      long[] ts = new long[values.length];
      for (int i = 0; i < values.length; i++) {
        ts[i] = start.toEpochMilli() + (long) i * stepSeconds * 1000L;
      }
      return new MetricSeries(name, labels, ts, values);
    }
  }

  /** An Alertmanager webhook payload, delivered at {@code at} scenario time. */
  public record AlertDelivery(Instant at, JsonNode payload) {}

  public record Expectation(int incidents, RootCause rootCause) {}

  public record RootCause(String kind, String service, String ref) {}

  public List<MetricSeries> series() {
    return metrics.stream().map(m -> m.toSeries(start)).toList();
  }
}
