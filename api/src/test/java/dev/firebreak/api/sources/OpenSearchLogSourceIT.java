package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.opensearch.OpenSearchLogSettings;
import dev.firebreak.activities.evidence.opensearch.OpenSearchLogSource;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch log source against a REAL OpenSearch 2.19 (scripts/opensearch.sh start; the URL in
 * FIREBREAK_TEST_OPENSEARCH_URL): 400 ECS log documents of two services, some outside the window,
 * some INFO, levels in both cases, some written with flat dotted keys.
 */
class OpenSearchLogSourceIT {
  static final Instant ALERT = Instant.parse("2026-03-01T10:30:00Z");
  static final String INDEX = "firebreak-it-logs-" + UUID.randomUUID().toString().substring(0, 8);
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static String url;

  @BeforeAll
  static void indexLogs() throws Exception {
    url = RealServers.openSearchUrl();
    // auto_create_index is off on the test node, as on many production clusters
    send("PUT", "/" + INDEX, """
        {"settings":{"number_of_shards":1,"number_of_replicas":0},
         "mappings":{"properties":{
           "@timestamp":{"type":"date"},
           "service":{"properties":{"name":{"type":"keyword"}}},
           "log":{"properties":{"level":{"type":"keyword"}}},
           "message":{"type":"text","fields":{"keyword":{"type":"keyword","ignore_above":512}}},
           "host":{"properties":{"name":{"type":"keyword"}}}}}}
        """);
    StringBuilder bulk = new StringBuilder();
    Instant t0 = Instant.parse("2026-03-01T10:20:00Z");
    for (int i = 0; i < 180; i++) { // the incident: pool exhaustion, ERROR and error
      bulk.append(doc(t0.plusSeconds(i * 5L), "checkout", i % 2 == 0 ? "ERROR" : "error",
          "Timeout waiting for connection from pool orders-primary", false));
    }
    Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
    for (int i = 0; i < 60; i++) { // slow queries before it, half with flat dotted keys
      bulk.append(doc(t1.plusSeconds(i * 30L), "checkout", "WARN",
          "Slow query on orders took " + (500 + i * 7) + " ms", i % 2 == 1));
    }
    for (int i = 0; i < 100; i++) { // ordinary traffic
      bulk.append(doc(t1.plusSeconds(i * 20L), "checkout", "INFO", "GET /api/cart 200", false));
    }
    Instant t2 = Instant.parse("2026-03-01T09:30:00Z");
    for (int i = 0; i < 20; i++) { // before the window
      bulk.append(doc(t2.plusSeconds(i * 10L), "checkout", "ERROR", "Old failure " + i, false));
    }
    for (int i = 0; i < 40; i++) { // another service
      bulk.append(doc(t0.plusSeconds(i * 10L), "payments", "ERROR", "Card network unreachable", false));
    }
    String answer = send("POST", "/" + INDEX + "/_bulk?refresh=true", bulk.toString());
    assertThat(Json.MAPPER.readTree(answer).get("errors").asBoolean()).as(answer).isFalse();
  }

  @AfterAll
  static void dropIndex() throws Exception {
    if (url != null) {
      send("DELETE", "/" + INDEX, null);
    }
  }

  static String doc(Instant ts, String service, String level, String message, boolean flat) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@timestamp", ts.toString());
    if (flat) {
      d.put("service.name", service);
      d.put("log.level", level);
    } else {
      d.put("service", Map.of("name", service));
      d.put("log", Map.of("level", level));
    }
    d.put("message", message);
    d.put("host", Map.of("name", service + "-7f9c-2"));
    return "{\"index\":{}}\n" + Json.write(d) + "\n";
  }

  static String send(String method, String path, String body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json");
    r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
    return response.body();
  }

  static EvidenceQuery query(String service) {
    return new EvidenceQuery("inc-1", service, ALERT, ALERT.minus(Duration.ofMinutes(30)),
        ALERT.plus(Duration.ofMinutes(15)), Map.of("service", service));
  }

  static OpenSearchLogSettings settings(String index, String keywordField, int maxLines) {
    OpenSearchLogSettings ecs = OpenSearchLogSettings.ecs(url, index);
    return new OpenSearchLogSettings(ecs.url(), null, null, Duration.ofSeconds(10), index,
        ecs.timestampField(), ecs.serviceField(), ecs.levelField(), ecs.messageField(), keywordField,
        ecs.levels(), maxLines, 5);
  }

  @Test
  void errorsAndWarningsOfTheServiceInTheWindowWithTotalsAndTopMessages() throws Exception {
    try (OpenSearchLogSource source = new OpenSearchLogSource(settings("firebreak-it-logs-*", null, 500))) {
      List<Evidence> items = source.collect(query("checkout"));

      assertThat(items).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(EvidenceKind.LOGS);
        assertThat(e.source()).isEqualTo("opensearch");
        assertThat(e.service()).isEqualTo("checkout");
        assertThat(e.logs()).hasSize(240).allSatisfy(l -> {
          assertThat(l.isErrorOrWarning()).isTrue();
          assertThat(l.service()).isEqualTo("checkout");
        });
        assertThat(e.logs().get(0)).isEqualTo(new LogLine(Instant.parse("2026-03-01T10:00:00Z"),
            "checkout", "WARN", "Slow query on orders took 500 ms"));
        assertThat(e.logs().get(239).ts()).isEqualTo(Instant.parse("2026-03-01T10:34:55Z"));
        assertThat(e.logs()).filteredOn(LogLine::isError).hasSize(180);
        assertThat(e.summary()).startsWith("240 error/warning log lines for checkout (ERROR 180, WARN 60); top: "
            + "\"Timeout waiting for connection from pool orders-primary\" ×180, \"Slow query on orders took ");
        assertThat(e.summary()).contains("ms\" ×60");
        assertThat(e.query()).contains("service.name:\"checkout\"", "2026-03-01T10:00:00Z .. 2026-03-01T10:45:00Z");
      });
    }
  }

  @Test
  void onlyTheNewestLinesAreReadButTheTotalsCountEverything() throws Exception {
    try (OpenSearchLogSource source = new OpenSearchLogSource(settings(INDEX, "message.keyword", 100))) {
      Evidence e = source.collect(query("checkout")).get(0);
      assertThat(e.logs()).hasSize(100);
      // the newest 100: 95 timeouts from 10:27:05 and the 5 slow queries from 10:27:30
      assertThat(e.logs().get(0).ts()).isEqualTo(Instant.parse("2026-03-01T10:27:05Z"));
      assertThat(e.logs()).filteredOn(LogLine::isError).hasSize(95);
      assertThat(e.summary()).startsWith("240 error/warning log lines for checkout (ERROR 180, WARN 60); top: "
          + "\"Timeout waiting for connection from pool orders-primary\" ×180, \"Slow query on orders took ");
      assertThat(e.summary()).contains("ms\" ×1");
    }
  }

  @Test
  void noMatchingIndexOrNoErrorsIsNoEvidence() throws Exception {
    try (OpenSearchLogSource none = new OpenSearchLogSource(settings("no-such-logs-*", null, 500));
        OpenSearchLogSource logs = new OpenSearchLogSource(settings(INDEX, null, 500))) {
      assertThat(none.collect(query("checkout"))).isEmpty();
      assertThat(logs.collect(query("inventory"))).isEmpty();
    }
  }

  @Test
  void anUnreachableClusterIsUnavailable() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    OpenSearchLogSettings s = settings(INDEX, null, 500);
    try (OpenSearchLogSource source = new OpenSearchLogSource(new OpenSearchLogSettings(
        "http://127.0.0.1:" + closed, null, null, Duration.ofSeconds(2), INDEX, s.timestampField(),
        s.serviceField(), s.levelField(), s.messageField(), null, s.levels(), 500, 5))) {
      assertThatThrownBy(() -> source.collect(query("checkout")))
          .isInstanceOf(OpenSearchLogSource.OpenSearchUnavailable.class)
          .hasMessageContaining("unreachable");
    }
  }
}
