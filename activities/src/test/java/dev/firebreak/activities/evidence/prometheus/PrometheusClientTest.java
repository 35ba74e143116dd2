package dev.firebreak.activities.evidence.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.evidence.prometheus.PrometheusClient.PrometheusUnavailable;
import dev.firebreak.activities.evidence.prometheus.PrometheusClient.QueryRejected;
import dev.firebreak.activities.evidence.prometheus.PrometheusClient.RangeSeries;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The failure modes a real Prometheus cannot easily be made to show (5xx, a hang); the happy path
 * is tested against a real Prometheus in the api module's PrometheusSourceIT.
 */
class PrometheusClientTest {
  private static final Instant FROM = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant TO = Instant.parse("2026-03-01T10:10:00Z");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PrometheusClient client(Duration timeout) {
    return new PrometheusClient(server.url("/prom/").toString(), timeout, "s3cret");
  }

  @Test
  void sendsTheRangeQueryAndReadsTheMatrixDroppingNonFiniteSamples() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("""
        {"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"__name__":"up","service":"checkout"},
           "values":[[1772359200,"1"],[1772359215.5,"NaN"],[1772359230,"+Inf"],[1772359245,"0.5"]]}]}}
        """).build());

    List<RangeSeries> result = client(Duration.ofSeconds(5)).queryRange("up{service=\"checkout\"}",
        FROM, TO, Duration.ofSeconds(15));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/prom/api/v1/query_range");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret");
    assertThat(request.getBody().utf8()).contains("query=up%7Bservice%3D%22checkout%22%7D",
        "start=1772359200.000", "end=1772359800.000", "step=15.0");
    assertThat(result).singleElement().satisfies(s -> {
      assertThat(s.labels()).containsEntry("service", "checkout");
      assertThat(s.timestampsMillis()).containsExactly(1772359200000L, 1772359245000L);
      assertThat(s.values()).containsExactly(1.0, 0.5);
    });
  }

  @Test
  void aRejectedExpressionIsTellingAndDistinctFromAnUnavailableServer() {
    server.enqueue(new MockResponse.Builder().code(400).body(
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unclosed left parenthesis\"}")
        .build());

    assertThatThrownBy(() -> client(Duration.ofSeconds(5)).queryRange("sum(", FROM, TO, Duration.ofSeconds(15)))
        .isInstanceOf(QueryRejected.class).hasMessageContaining("bad_data: 1:5: parse error");
  }

  @Test
  void serverErrorsMeanUnavailable() {
    server.enqueue(new MockResponse.Builder().code(503).body(
        "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}").build());

    assertThatThrownBy(() -> client(Duration.ofSeconds(5)).queryRange("up", FROM, TO, Duration.ofSeconds(15)))
        .isInstanceOf(PrometheusUnavailable.class).hasMessageContaining("503");
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsUnavailable() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}")
        .headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());

    long started = System.nanoTime();
    assertThatThrownBy(() -> client(Duration.ofMillis(300)).queryRange("up", FROM, TO, Duration.ofSeconds(15)))
        .isInstanceOf(PrometheusUnavailable.class).hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void anUnreachableServerIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    PrometheusClient client = new PrometheusClient("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2), "");

    assertThatThrownBy(() -> client.queryRange("up", FROM, TO, Duration.ofSeconds(15)))
        .isInstanceOf(PrometheusUnavailable.class).hasMessageContaining("unreachable");
  }
}
