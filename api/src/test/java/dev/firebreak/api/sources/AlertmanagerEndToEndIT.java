package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.firebreak.api.support.LocalProcess;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole chain with real peers on loopback: a tiny exporter served by this test, a REAL
 * Prometheus scraping it and evaluating an alert rule, a REAL Alertmanager routing to Firebreak's
 * webhook. The series goes bad → one incident with Prometheus evidence; it recovers → the resolved
 * notification reaches the workflow.
 */
class AlertmanagerEndToEndIT extends FirebreakIT {
  private static final String SERVICE = "e2e-checkout";
  private static final Duration STEP_LIMIT = Duration.ofSeconds(90);

  private static volatile double latency = 2.5;
  private static HttpServer exporter;
  private static LocalProcess prometheus;
  private static LocalProcess alertmanager;
  private static Path work;
  private static int prometheusPort;
  private static int alertmanagerPort;

  @BeforeAll
  static void startExporterAndPrometheus() throws Exception {
    String prometheusBin = RealServers.binary("FIREBREAK_TEST_PROMETHEUS_BIN", "prometheus");
    RealServers.binary("FIREBREAK_TEST_ALERTMANAGER_BIN", "prometheus-alertmanager", "alertmanager");
    work = Files.createDirectories(Path.of("target", "e2e-" + UUID.randomUUID()).toAbsolutePath());
    exporter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    exporter.createContext("/metrics", x -> {
      byte[] body = ("# TYPE http_request_duration_seconds_p99 gauge\n"
          + "http_request_duration_seconds_p99{service=\"" + SERVICE + "\"} " + latency + "\n")
          .getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
      x.sendResponseHeaders(200, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    exporter.start();
    alertmanagerPort = LocalProcess.freePort();
    prometheusPort = LocalProcess.freePort();
    Files.writeString(work.resolve("rules.yml"), """
        groups:
          - name: e2e
            interval: 1s
            rules:
              - alert: E2EHighLatency
                expr: http_request_duration_seconds_p99{service="%s"} > 1
                labels: {severity: critical, team: payments}
                annotations: {summary: "%s p99 above 1s"}
        """.formatted(SERVICE, SERVICE));
    Files.writeString(work.resolve("prometheus.yml"), """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        rule_files: [rules.yml]
        alerting:
          alertmanagers: [{static_configs: [{targets: ["127.0.0.1:%d"]}]}]
        scrape_configs:
          - job_name: %s
            static_configs: [{targets: ["127.0.0.1:%d"]}]
        """.formatted(alertmanagerPort, SERVICE, exporter.getAddress().getPort()));
    prometheus = LocalProcess.start("prometheus", work, prometheusPort, List.of(prometheusBin,
        "--config.file=prometheus.yml", "--storage.tsdb.path=prom-data",
        "--web.listen-address=127.0.0.1:" + prometheusPort,
        // resolved alerts reach Alertmanager within a second instead of a minute
        "--rules.alert.resend-delay=1s"), Duration.ofSeconds(60));
  }

  @DynamicPropertySource
  static void prometheusSource(DynamicPropertyRegistry registry) {
    registry.add("firebreak.evidence.prometheus.url", () -> "http://127.0.0.1:" + prometheusPort);
  }

  @AfterAll
  static void stopAll() {
    for (AutoCloseable c : new AutoCloseable[] {alertmanager, prometheus}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // best effort: the next one must still stop
      }
    }
    if (exporter != null) {
      exporter.stop(0);
    }
  }

  private void startAlertmanager() throws Exception {
    String bin = RealServers.binary("FIREBREAK_TEST_ALERTMANAGER_BIN", "prometheus-alertmanager",
        "alertmanager");
    Files.writeString(work.resolve("alertmanager.yml"), """
        route:
          receiver: firebreak
          group_by: [alertname, service]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: firebreak
            webhook_configs:
              - url: http://127.0.0.1:%d/api/v1/alerts/alertmanager
                send_resolved: true
        """.formatted(port));
    alertmanager = LocalProcess.start("alertmanager", work, alertmanagerPort, List.of(bin,
        "--config.file=alertmanager.yml", "--storage.path=am-data",
        "--web.listen-address=127.0.0.1:" + alertmanagerPort,
        "--cluster.listen-address="), Duration.ofSeconds(60));
  }

  @Test
  void badSeriesOpensOneIncidentWithPrometheusEvidenceAndRecoveryResolvesItsAlert() throws Exception {
    startAlertmanager();
    Http http = http();

    JsonNode page = poll(http, "/api/v1/incidents?service=" + SERVICE,
        j -> j.get("items").size() > 0, "an incident opened by Alertmanager");
    String id = page.at("/items/0/id").asText();
    JsonNode detail = poll(http, "/api/v1/incidents/" + id,
        j -> j.at("/incident/status").asText().equals("AWAITING_DECISION"), "triage");

    assertThat(detail.at("/alerts/0/labels/alertname").asText()).isEqualTo("E2EHighLatency");
    // the alert's own expression, read from the generatorURL Prometheus put on it
    assertThat(detail.get("evidence")).anySatisfy(e -> assertThat(e.get("query").asText())
        .startsWith("http_request_duration_seconds_p99{service=\"" + SERVICE + "\"} > 1 ["));
    assertThat(detail.get("evidence")).anySatisfy(e -> {
      assertThat(e.get("source").asText()).isEqualTo("prometheus");
      assertThat(e.get("summary").asText()).startsWith("http_request_duration_seconds_p99{")
          .contains("service=" + SERVICE);
    });
    assertThat(detail.get("findings")).noneSatisfy(f ->
        assertThat(f.get("title").asText()).contains("unavailable"));

    latency = 0.2;

    JsonNode resolved = poll(http, "/api/v1/incidents/" + id,
        j -> j.at("/alerts/0/status").asText().equals("resolved"), "the resolved notification");
    assertThat(resolved.get("timeline").findValuesAsText("type")).contains("alerts-resolved");
    assertThat(http.get("/api/v1/incidents?service=" + SERVICE).json().get("items")).hasSize(1);
  }

  /** Polls until the condition holds, bounded; the message says what never happened. */
  private JsonNode poll(Http http, String path, Predicate<JsonNode> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
    Http.Response last = null;
    while (System.nanoTime() < deadline) {
      last = http.get(path);
      if (last.status() == 200 && condition.test(last.json())) {
        return last.json();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + what + " within " + STEP_LIMIT + "; last answer "
        + (last == null ? "none" : last.status() + " " + last.body()) + "\nprometheus:\n"
        + prometheus.tail() + "\nalertmanager:\n" + (alertmanager == null ? "-" : alertmanager.tail()));
  }
}
