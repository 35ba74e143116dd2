package dev.firebreak.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.firebreak.api.runtime.FreePort;
import dev.firebreak.api.security.ApiTokens;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.LocalProcess;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.api.support.TestDatabase;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Firebreak is killed (SIGKILL) in the middle of triage, while its evidence gathering waits on a
 * hanging Prometheus, and started again against the same Temporal server (a separate process, as a
 * cluster would be) and database. The incident must finish triage on the new process — the hanging
 * source timing out into an "unavailable" finding — with exactly one Slack card and one page.
 */
class CrashRecoveryIT {
  private static final String ADMIN = "fb_crash-admin-0123456789abcdefghijklmnopqrstuvwxyz";

  // under target/, not a temporary directory: the processes' logs are what explains a failure
  private final Path workDir = Path.of("target", "crash-recovery");

  @Test
  void incidentCompletesOnTheRestartedProcessWithoutDuplicateNotifications() throws Exception {
    org.springframework.util.FileSystemUtils.deleteRecursively(workDir);
    java.nio.file.Files.createDirectories(workDir);
    TestDatabase.Target db = TestDatabase.fresh();
    int temporalPort = FreePort.find();
    try (LocalProcess temporal = JavaProcess.start("temporal", workDir, "io.temporal.testserver.TestServer",
            List.of(String.valueOf(temporalPort)));
        HangingPrometheus prometheus = new HangingPrometheus();
        FakeSlackWebApi slack = new FakeSlackWebApi();
        RecordingPagerDuty pagerDuty = new RecordingPagerDuty()) {
      temporal.awaitPort(temporalPort, Duration.ofSeconds(60));
      List<String> args = List.of(
          "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
          "--spring.datasource.password=" + db.password(),
          "--firebreak.temporal.target=127.0.0.1:" + temporalPort,
          // the Java test server never takes a task back from a dead worker's sticky queue (a cluster does)
          "--firebreak.temporal.sticky-execution=false",
          "--firebreak.data-dir=" + workDir.resolve("data"),
          "--firebreak.retrieval.enabled=false",
          "--firebreak.security.tokens[0].name=crash-admin", "--firebreak.security.tokens[0].role=admin",
          "--firebreak.security.tokens[0].sha256=" + ApiTokens.sha256(ADMIN),
          "--firebreak.evidence.prometheus.url=" + prometheus.url(),
          "--firebreak.evidence.source-timeout=3s",
          "--firebreak.incidents.escalate-after=2s",
          "--firebreak.slack.signing-secret=crash-signing-secret", "--firebreak.slack.bot-token=xoxb-crash",
          "--firebreak.slack.channel=#incidents", "--firebreak.slack.api-url=" + slack.apiUrl(),
          "--firebreak.pagerduty.routing-key=crash-routing-key",
          "--firebreak.pagerduty.events-url=" + pagerDuty.url());

      String incidentId;
      int firstPort = FreePort.find();
      try (LocalProcess first = startFirebreak("firebreak-1", firstPort, args)) {
        Http http = new Http(firstPort, ADMIN);
        incidentId = http.post("/api/v1/alerts/alertmanager",
            Payloads.alertmanager("{}:{service=\"ledger\"}", "firing", "c4a5c4a5c4a5c4a5", "firing", "ledger"))
            .incidentId();
        assertThat(prometheus.awaitFirstQuery(60)).as("triage reached the evidence sources").isTrue();
        first.kill();
      }
      assertThat(slack.calls("chat.postMessage")).as("nothing was posted before the crash").isEmpty();

      int secondPort = FreePort.find();
      try (LocalProcess second = startFirebreak("firebreak-2", secondPort, args)) {
        Http http = new Http(secondPort, ADMIN);
        String base = "/api/v1/incidents/" + incidentId;
        JsonNode triaged = http.await(base, j -> "AWAITING_DECISION".equals(j.at("/incident/status").asText())
            && j.get("timeline").findValuesAsText("type").contains("escalated"), Duration.ofSeconds(200));
        assertThat(triaged.get("timeline").findValuesAsText("text"))
            .filteredOn(t -> t.startsWith("Triage complete")).hasSize(1);
        assertThat(triaged.toString()).contains("prometheus").contains("timed out after 3s");
        assertThat(prometheus.queries()).as("the gather ran again on the new process").isGreaterThan(1);

        assertThat(http.post(base + "/resolve", "{\"summary\":\"recovered after a crash\"}").status()).isEqualTo(202);
        http.await(base, j -> "POSTMORTEM_DRAFTED".equals(j.at("/incident/status").asText()), Duration.ofSeconds(60));

        List<FakeSlackWebApi.Call> cards = slack.calls("chat.postMessage").stream()
            .filter(c -> c.field("thread_ts") == null).toList();
        assertThat(cards).as("one triage card").hasSize(1);
        assertThat(pagerDuty.events("trigger")).as("one page").hasSize(1);
        assertThat(pagerDuty.events("resolve")).hasSize(1);
      }
    }
  }

  private LocalProcess startFirebreak(String name, int port, List<String> args) throws Exception {
    List<String> all = new java.util.ArrayList<>(args);
    all.add("--server.port=" + port);
    LocalProcess p = JavaProcess.start(name, workDir, "dev.firebreak.api.FirebreakApplication", all);
    p.awaitPort(port, Duration.ofSeconds(120));
    return p;
  }

  /** The PagerDuty Events API v2, recording what it is sent. */
  static final class RecordingPagerDuty implements AutoCloseable {
    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    RecordingPagerDuty() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/v2/enqueue", exchange -> {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] answer = "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"k\"}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(202, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> events(String action) {
      return bodies.stream().filter(b -> b.contains("\"event_action\":\"" + action + "\"")).toList();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
