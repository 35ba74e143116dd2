package dev.firebreak.api.sources;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.activities.evidence.prometheus.PrometheusClient;
import dev.firebreak.activities.evidence.prometheus.PrometheusSettings;
import dev.firebreak.activities.evidence.prometheus.PromQlTemplate;
import dev.firebreak.activities.evidence.prometheus.Selector;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Prometheus source against a REAL Prometheus holding the scenario metrics
 * (scripts/prometheus.sh backfills them): the checkout scenario's alert, replayed through the
 * webhook, must gather its metrics from Prometheus and let the rules find the deploy.
 */
class PrometheusSourceIT extends FirebreakIT {
  private static final Path SCENARIO = Path.of("..", "scenarios", "checkout-latency-after-deploy.json");

  @BeforeAll
  static void prometheusIsThere() {
    RealServers.prometheusUrl();
  }

  @DynamicPropertySource
  static void prometheus(DynamicPropertyRegistry registry) {
    registry.add("firebreak.evidence.prometheus.url", () -> System.getenv("FIREBREAK_TEST_PROMETHEUS_URL"));
    registry.add("firebreak.evidence.prometheus.alert-queries.CheckoutHighLatencyP99"
            + ".db_connection_pool_utilization_ratio",
        () -> "sum by (service) (db_connection_pool_active{service=\"{{labels.service}}\"})"
            + " / sum by (service) (db_connection_pool_max{service=\"{{labels.service}}\"})");
  }

  @Test
  void scenarioAlertGathersItsMetricsFromPrometheusAndTheDeployIsTheTopHypothesis() throws Exception {
    JsonNode scenario = Json.MAPPER.readTree(Files.readString(SCENARIO));
    Http http = http();
    assertThat(http.post("/api/v1/context/deploys",
        Json.write(Map.of("deploys", scenario.get("deploys")))).status()).isEqualTo(202);
    ObjectNode payload = (ObjectNode) scenario.at("/alerts/0/payload").deepCopy();
    payload.put("groupKey", "{}:{alertname=\"CheckoutHighLatencyP99\", run=\"" + UUID.randomUUID() + "\"}");
    ObjectNode alert = (ObjectNode) payload.at("/alerts/0");
    alert.put("generatorURL", "http://prometheus:9090/graph?g0.expr="
        + URLEncoder.encode("http_request_duration_seconds_p99{service=\"checkout\"} > 1",
            StandardCharsets.UTF_8) + "&g0.tab=1");

    String id = http.post("/api/v1/alerts/alertmanager", Json.write(payload)).incidentId();
    JsonNode detail = http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));

    List<JsonNode> fromPrometheus = new ArrayList<>();
    detail.get("evidence").forEach(e -> {
      if (e.get("source").asText().equals("prometheus")) {
        fromPrometheus.add(e);
      }
    });
    assertThat(fromPrometheus).extracting(e -> e.get("summary").asText()).contains(
        "http_request_duration_seconds_p99{namespace=shop, service=checkout}",
        "http_requests_error_ratio{namespace=shop, service=checkout}",
        "http_requests_per_second{namespace=shop, service=checkout}",
        "db_connection_pool_active{namespace=shop, pool=orders-primary, service=checkout}",
        "db_connection_pool_max{namespace=shop, pool=orders-primary, service=checkout}",
        "process_cpu_usage_ratio{namespace=shop, service=checkout}",
        "http_client_request_duration_seconds_p99{namespace=shop, service=checkout, target=payments}",
        "db_connection_pool_utilization_ratio{service=checkout}");
    assertThat(fromPrometheus).anySatisfy(e -> assertThat(e.get("query").asText())
        .startsWith("http_request_duration_seconds_p99{service=\"checkout\"} > 1"));
    assertThat(detail.get("findings")).noneSatisfy(f ->
        assertThat(f.get("title").asText()).contains("unavailable"));

    JsonNode p99 = fromPrometheus.stream()
        .filter(e -> e.get("query").asText()
            .startsWith("http_request_duration_seconds_p99{service=\"checkout\",namespace=\"shop\"} ["))
        .findFirst().orElseThrow();
    JsonNode item = http.get("/api/v1/incidents/" + id + "/evidence/" + p99.get("id").asText()).json();
    assertSameSamplesAsTheScenario(item.at("/series"), scenario, "http_request_duration_seconds_p99");

    JsonNode top = detail.at("/hypotheses/0");
    assertThat(top.get("kind").asText()).isEqualToIgnoringCase("deploy");
    assertThat(top.get("service").asText()).isEqualTo("checkout");
    assertThat(top.get("ref").asText()).isEqualTo("a39bf2c");
  }

  @Test
  void everyBuiltInSignalExpressionIsValidPromQl() throws Exception {
    PrometheusClient client = new PrometheusClient(RealServers.prometheusUrl(), Duration.ofSeconds(10), "");
    Selector selector = new Selector("service=\"checkout\",namespace=\"shop\"", "service,namespace");
    Instant to = Instant.parse("2026-03-01T10:10:00Z");
    int asked = 0;
    for (List<PromQlTemplate> candidates : PrometheusSettings.compileSignals("p", true, Map.of()).values()) {
      for (PromQlTemplate t : candidates) {
        // a rejected expression throws QueryRejected, failing the test with Prometheus' reason
        client.queryRange(t.render(Map.of(), selector).orElseThrow(), to.minusSeconds(600), to,
            Duration.ofSeconds(15));
        asked++;
      }
    }
    assertThat(asked).isGreaterThan(20);
  }

  /** The series Firebreak stored has the scenario's values at the scenario's timestamps. */
  private static void assertSameSamplesAsTheScenario(JsonNode series, JsonNode scenario, String name) {
    JsonNode metric = null;
    for (JsonNode m : scenario.get("metrics")) {
      if (m.get("name").asText().equals(name) && m.at("/labels/service").asText().equals("checkout")) {
        metric = m;
      }
    }
    long start = Instant.parse(scenario.get("start").asText()).toEpochMilli();
    long step = metric.get("stepSeconds").asLong() * 1000;
    JsonNode ts = series.get("timestamps");
    JsonNode values = series.get("values");
    assertThat(ts.size()).isGreaterThan(100);
    int compared = 0;
    for (int i = 0; i < ts.size(); i++) {
      long t = ts.get(i).asLong();
      if ((t - start) % step == 0) {
        int index = (int) ((t - start) / step);
        assertThat(values.get(i).asDouble()).as("sample at " + Instant.ofEpochMilli(t))
            .isEqualTo(metric.get("values").get(index).asDouble());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }
}
