package dev.firebreak.activities.evidence.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceGatherer;
import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherRequest;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherResult;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** A Prometheus that is down costs the incident its metrics, never the incident. */
class PrometheusUnavailableTest {

  @Test
  void anUnreachablePrometheusIsReportedAsAnUnavailableSource() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    PrometheusSettings settings = new PrometheusSettings("http://127.0.0.1:" + closedPort, "",
        Duration.ofSeconds(2), Duration.ofSeconds(15), null, null,
        PrometheusSettings.DEFAULT_SELECTOR_LABELS,
        PrometheusSettings.compileSignals("p", true, Map.of()), Map.of(), 20);
    EvidenceGatherer gatherer = new EvidenceGatherer(List.of(new PrometheusEvidenceSource(settings)),
        Mockito.mock(EvidenceStore.class),
        new EvidenceGatherer.EvidenceWindow(Duration.ofMinutes(30), Duration.ofMinutes(5)),
        Duration.ofSeconds(10), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    GatherResult result = gatherer.gatherEvidence(new GatherRequest("inc-1", "checkout",
        Instant.parse("2026-03-01T10:08:44Z"), Map.of("service", "checkout", "alertname", "X"), List.of()));

    assertThat(result.unavailable()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("prometheus");
      assertThat(f.reason()).contains("unreachable");
    });
    assertThat(result.evidence()).hasSize(1); // the alert itself
  }
}
