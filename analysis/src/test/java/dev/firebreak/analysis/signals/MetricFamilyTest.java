package dev.firebreak.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricFamilyTest {

  @ParameterizedTest
  @CsvSource({
    "http_request_duration_seconds_p99, LATENCY",
    "http_client_request_duration_seconds_p99, CLIENT_LATENCY",
    "http_requests_error_ratio, ERRORS",
    "http_client_error_ratio, CLIENT_ERRORS",
    "http_requests_per_second, TRAFFIC",
    "db_connection_pool_active, SATURATION",
    "process_cpu_usage_ratio, SATURATION",
    "node_disk_used_ratio, INFRASTRUCTURE",
    "node_ready, INFRASTRUCTURE",
    "build_info, OTHER"
  })
  void classifiesByPrometheusNamingConventions(String name, MetricFamily expected) {
    assertThat(MetricFamily.of(name)).isEqualTo(expected);
  }
}
