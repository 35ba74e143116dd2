package dev.firebreak.activities.evidence.loki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No Loki server runs here: the client is tested against responses in the format Loki's HTTP API
 * documents for {@code /loki/api/v1/query_range} (test resources under loki/), served by
 * MockWebServer.
 */
class LokiEvidenceSourceTest {
  static final Instant ALERT = Instant.parse("2026-03-01T10:30:00Z");

  final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String resource(String name) {
    try (InputStream in = LokiEvidenceSourceTest.class.getResourceAsStream("/loki/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no test resource loki/" + name, e);
    }
  }

  LokiSettings settings(int limit) {
    return new LokiSettings(server.url("/").toString(), "team-shop", "glc_token", null, null,
        Duration.ofSeconds(5), Map.of("service_name", "service", "namespace", "namespace"),
        List.of("env=\"prod\""), LokiSettings.DEFAULT_LINE_FILTER,
        List.of("level", "detected_level"), limit, 5);
  }

  static EvidenceQuery query(Map<String, String> labels) {
    return new EvidenceQuery("inc-1", "checkout", ALERT, ALERT.minus(Duration.ofMinutes(30)),
        ALERT.plus(Duration.ofMinutes(15)), labels);
  }

  @Test
  void asksLogQlBuiltFromTheIncidentsLabelsAndReadsTheStreams() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(resource("query_range.json")).build());

    List<Evidence> items = new LokiEvidenceSource(settings(1000))
        .collect(query(Map.of("service", "checkout", "namespace", "shop", "alertname", "X")));

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/loki/api/v1/query_range");
    assertThat(r.getUrl().queryParameter("query")).isEqualTo(
        "{namespace=\"shop\", service_name=\"checkout\", env=\"prod\"}"
            + " |~ `(?i)\\b(error|err|fatal|panic|critical|warn|warning)\\b`");
    assertThat(r.getUrl().queryParameter("start")).isEqualTo("1772359200000000000");
    assertThat(r.getUrl().queryParameter("end")).isEqualTo("1772361900000000000");
    assertThat(r.getUrl().queryParameter("limit")).isEqualTo("1000");
    assertThat(r.getUrl().queryParameter("direction")).isEqualTo("backward");
    assertThat(r.getHeaders().get("X-Scope-OrgID")).isEqualTo("team-shop");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer glc_token");

    assertThat(items).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.LOGS);
      assertThat(e.source()).isEqualTo("loki");
      assertThat(e.service()).isEqualTo("checkout");
      // the info line that merely mentions "error" is left out
      assertThat(e.logs()).hasSize(8).extracting(LogLine::level)
          .containsExactly("WARN", "WARN", "WARN", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR");
      assertThat(e.logs().get(0)).isEqualTo(new LogLine(Instant.parse("2026-03-01T10:30:00Z"),
          "checkout", "WARN", "Slow query on orders took 640 ms"));
      assertThat(e.logs().get(7).ts()).isEqualTo(Instant.parse("2026-03-01T10:34:05.123456789Z"));
      assertThat(e.logs()).anySatisfy(l -> assertThat(l.message()).contains("circuit half-open"));
      assertThat(e.summary()).startsWith("8 error/warning log lines for checkout (ERROR 5, WARN 3); top: "
          + "\"Timeout waiting for connection from pool orders-primary after ");
      assertThat(e.summary()).contains("×4");
      assertThat(e.query()).endsWith("[2026-03-01T10:00:00Z .. 2026-03-01T10:45:00Z, newest 1000]");
    });
  }

  @Test
  void readsTheLevelFromStructuredMetadata() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(resource("query_range-categorized.json")).build());
    Evidence e = new LokiEvidenceSource(settings(2)).collect(query(Map.of("service", "checkout"))).get(0);
    assertThat(e.logs()).extracting(LogLine::level).containsExactly("WARN", "ERROR");
    assertThat(e.summary()).startsWith("2+ error/warning log lines for checkout (WARN 1, ERROR 1), the newest 2 read;");
  }

  @Test
  void withoutAUsableLabelNothingIsAsked() throws Exception {
    LokiSettings s = new LokiSettings(server.url("/").toString(), null, null, null, null,
        Duration.ofSeconds(5), Map.of("app", "app"), List.of(), "", List.of("level"), 100, 5);
    assertThat(new LokiEvidenceSource(s).collect(query(Map.of("service", "checkout")))).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void labelValuesAreEscaped() {
    assertThat(LogQl.query(settings(10), "check\"out\\x", Map.of()).orElseThrow())
        .startsWith("{service_name=\"check\\\"out\\\\x\", env=\"prod\"}");
  }

  @Test
  void aRejectedQueryOrAServerErrorIsUnavailable() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("parse error at line 1, col 18: syntax error: unexpected IDENTIFIER\n").build());
    LokiEvidenceSource source = new LokiEvidenceSource(settings(100));
    assertThatThrownBy(() -> source.collect(query(Map.of("service", "checkout"))))
        .isInstanceOf(LokiClient.LokiUnavailable.class)
        .hasMessage("Loki answered 400 on /loki/api/v1/query_range: parse error at line 1, col 18:"
            + " syntax error: unexpected IDENTIFIER")
        .hasMessageNotContaining("glc_token");

    server.enqueue(new MockResponse.Builder().code(429).body("too many outstanding requests").build());
    assertThatThrownBy(() -> source.collect(query(Map.of("service", "checkout"))))
        .hasMessageContaining("429").hasMessageContaining("too many outstanding requests");

    server.enqueue(new MockResponse.Builder().code(200).body(resource("query_range-matrix.json")).build());
    assertThatThrownBy(() -> source.collect(query(Map.of("service", "checkout"))))
        .hasMessageContaining("expected a streams result, got matrix");
  }

  @Test
  void basicAuthWhenNoToken() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .body("{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[]}}").build());
    LokiSettings s = new LokiSettings(server.url("/").toString(), null, null, "firebreak", "pw",
        Duration.ofSeconds(5), Map.of("service_name", "service"), List.of(), "", List.of(), 100, 5);
    assertThat(new LokiEvidenceSource(s).collect(query(Map.of()))).isEmpty();
    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(okhttp3.Credentials.basic("firebreak", "pw"));
    assertThat(r.getHeaders().get("X-Scope-OrgID")).isNull();
    assertThat(r.getUrl().queryParameter("query")).isEqualTo("{service_name=\"checkout\"}");
  }
}
