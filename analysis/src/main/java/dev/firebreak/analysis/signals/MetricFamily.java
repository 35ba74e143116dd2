package dev.firebreak.analysis.signals;

import java.util.Locale;

/**
 * What a metric measures, told from its name with Prometheus naming conventions. Rules use it so
 * they work on any series that follows them, not on names they were written for.
 */
public enum MetricFamily {
  CLIENT_LATENCY,
  CLIENT_ERRORS,
  LATENCY,
  ERRORS,
  TRAFFIC,
  SATURATION,
  INFRASTRUCTURE,
  OTHER;

  public static MetricFamily of(String metricName) {
    String n = metricName.toLowerCase(Locale.ROOT);
    boolean client = n.contains("client");
    if (n.startsWith("node_") || n.contains("disk") || n.contains("filesystem")
        || n.contains("kube_node")) {
      return INFRASTRUCTURE;
    }
    if (n.contains("duration") || n.contains("latency")) {
      return client ? CLIENT_LATENCY : LATENCY;
    }
    if (n.contains("error") || n.contains("5xx") || n.contains("failure")) {
      return client ? CLIENT_ERRORS : ERRORS;
    }
    if (n.contains("pool") || n.contains("cpu") || n.contains("memory") || n.contains("saturation")
        || n.contains("utilization") || n.contains("queue") || n.contains("threads")
        || n.contains("connections")) {
      return SATURATION;
    }
    if (n.contains("requests_per_second") || n.contains("request_rate") || n.endsWith("_rps")
        || n.contains("requests_total") || n.contains("throughput")) {
      return TRAFFIC;
    }
    return OTHER;
  }
}
