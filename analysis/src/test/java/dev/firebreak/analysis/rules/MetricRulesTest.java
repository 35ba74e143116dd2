package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.evidence.Evidence;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table: metric evidence in → the cause each metric rule votes for (or none). */
class MetricRulesTest {
  static final Map<String, String> CHECKOUT = Map.of("service", "checkout");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("traffic tripled", new TrafficSurgeRule(), List.of(
            series("e1", "http_requests_per_second", CHECKOUT, 100, 350, minutesBeforeAlert(8))),
            RootCauseKind.TRAFFIC_SURGE, "checkout", null),
        Arguments.of("traffic up 20% is normal", new TrafficSurgeRule(), List.of(
            series("e1", "http_requests_per_second", CHECKOUT, 100, 120, minutesBeforeAlert(8))),
            null, null, null),
        Arguments.of("pool at its maximum", new SaturationRule(), List.of(
            series("e1", "db_connection_pool_active", CHECKOUT, 12, 50, minutesBeforeAlert(8)),
            series("e2", "db_connection_pool_max", CHECKOUT, 50, 50, null)),
            RootCauseKind.RESOURCE_SATURATION, "checkout", null),
        Arguments.of("pool busier but far from full", new SaturationRule(), List.of(
            series("e1", "db_connection_pool_active", CHECKOUT, 5, 12, minutesBeforeAlert(8)),
            series("e2", "db_connection_pool_max", CHECKOUT, 50, 50, null)),
            null, null, null),
        Arguments.of("cpu pinned", new SaturationRule(), List.of(
            series("e1", "process_cpu_usage_ratio", CHECKOUT, 0.4, 0.98, minutesBeforeAlert(8))),
            RootCauseKind.RESOURCE_SATURATION, "checkout", null),
        Arguments.of("node went unready", new InfrastructureRule(), List.of(
            series("e1", "node_ready", Map.of("service", "checkout", "node", "ip-10-0-3-17"), 1, 0,
                minutesBeforeAlert(7))),
            RootCauseKind.INFRASTRUCTURE, "checkout", "ip-10-0-3-17"),
        Arguments.of("disk filled up", new InfrastructureRule(), List.of(
            series("e1", "node_disk_used_ratio", Map.of("service", "checkout", "node", "n1"), 0.7, 0.99,
                minutesBeforeAlert(7))),
            RootCauseKind.INFRASTRUCTURE, "checkout", "n1"),
        Arguments.of("calls to a dependency slowed", new DependencyRule(), List.of(
            series("e1", "http_client_request_duration_seconds_p99",
                Map.of("service", "checkout", "target", "payments"), 0.1, 2.5, minutesBeforeAlert(7))),
            RootCauseKind.DEPENDENCY, "payments", null),
        Arguments.of("a shift after the alert is not a cause", new TrafficSurgeRule(), List.of(
            series("e1", "http_requests_per_second", CHECKOUT, 100, 400, ALERT.plusSeconds(1))),
            null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void votesForTheCauseTheMetricsShow(String name, Rule rule, List<Evidence> evidence, RootCauseKind kind,
      String service, String ref) {
    List<Finding> findings = rule.evaluate(context(evidence.toArray(Evidence[]::new)));

    if (kind == null) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.evidenceIds()).isNotEmpty().allMatch(id -> evidence.stream().anyMatch(e -> e.id().equals(id)));
      assertThat(f.hints()).singleElement().satisfies(h -> {
        assertThat(h.kind()).isEqualTo(kind);
        assertThat(h.service()).isEqualTo(service);
        assertThat(h.ref()).isEqualTo(ref);
      });
    });
  }
}
