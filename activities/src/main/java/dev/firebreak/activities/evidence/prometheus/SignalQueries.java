package dev.firebreak.activities.evidence.prometheus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals asked for every alert, each named by what it measures (the names the rules know,
 * see docs/scenario-format.md) with candidate expressions tried in order until one returns data:
 * first a precomputed series of that name (a recording rule), then the raw metrics of the common
 * client libraries (Micrometer/Spring {@code http_server_requests_seconds}, {@code hikaricp_*};
 * the Prometheus client {@code http_request_duration_seconds_bucket}, {@code http_requests_total}).
 */
public final class SignalQueries {
  private SignalQueries() {}

  private static final String RATE = "[2m]";

  public static Map<String, List<String>> defaults() {
    Map<String, List<String>> s = new LinkedHashMap<>();
    s.put("http_requests_per_second", List.of(
        "http_requests_per_second{{{selector}}}",
        "sum by ({{by}}) (rate(http_server_requests_seconds_count{{{selector}}}" + RATE + "))",
        "sum by ({{by}}) (rate(http_requests_total{{{selector}}}" + RATE + "))"));
    s.put("http_requests_error_ratio", List.of(
        "http_requests_error_ratio{{{selector}}}",
        "sum by ({{by}}) (rate(http_server_requests_seconds_count{{{selector}},status=~\"5..\"}" + RATE
            + ")) / sum by ({{by}}) (rate(http_server_requests_seconds_count{{{selector}}}" + RATE + "))",
        "sum by ({{by}}) (rate(http_requests_total{{{selector}},code=~\"5..\"}" + RATE
            + ")) / sum by ({{by}}) (rate(http_requests_total{{{selector}}}" + RATE + "))"));
    for (String q : List.of("99", "50")) {
      s.put("http_request_duration_seconds_p" + q, List.of(
          "http_request_duration_seconds_p" + q + "{{{selector}}}",
          quantile(q, "http_server_requests_seconds_bucket"),
          quantile(q, "http_request_duration_seconds_bucket")));
    }
    s.put("process_cpu_usage_ratio", List.of(
        "process_cpu_usage_ratio{{{selector}}}",
        "max by ({{by}}) (process_cpu_usage{{{selector}}})"));
    s.put("jvm_memory_used_ratio", List.of(
        "jvm_memory_used_ratio{{{selector}}}",
        "sum by ({{by}}) (jvm_memory_used_bytes{{{selector}},area=\"heap\"})"
            + " / sum by ({{by}}) (jvm_memory_max_bytes{{{selector}},area=\"heap\"})"));
    for (String pool : List.of("active", "max", "pending")) {
      s.put("db_connection_pool_" + pool, List.of(
          "db_connection_pool_" + pool + "{{{selector}}}",
          "sum by ({{by}},pool) (hikaricp_connections_" + pool + "{{{selector}}})"));
    }
    s.put("thread_pool_queue_depth", List.of(
        "thread_pool_queue_depth{{{selector}}}",
        "sum by ({{by}},name) (executor_queued_tasks{{{selector}}})"));
    s.put("http_client_request_duration_seconds_p99", List.of(
        "http_client_request_duration_seconds_p99{{{selector}}}"));
    s.put("http_client_error_ratio", List.of("http_client_error_ratio{{{selector}}}"));
    return s;
  }

  private static String quantile(String q, String bucket) {
    return "histogram_quantile(0." + q + ", sum by ({{by}},le) (rate(" + bucket + "{{{selector}}}"
        + RATE + ")))";
  }
}
