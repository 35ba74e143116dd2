package dev.firebreak.api.faults;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.FirebreakApplication;
import dev.firebreak.api.runtime.FreePort;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.api.support.TestTokens;
import dev.firebreak.workflows.incident.IncidentWorkflow;
import io.temporal.client.WorkflowClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away in the middle of an incident and comes back. While it is down, webhooks
 * answer 503 with Retry-After (Alertmanager redelivers) and reads answer 503; the workflow's saves
 * wait and retry. Once it is back, nothing is lost: the escalation that fell due during the outage
 * happens and is stored, and the redelivered alert opens its incident.
 */
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"firebreak.retrieval.enabled=false", "firebreak.incidents.escalate-after=4s",
        "spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.maximum-pool-size=4"})
@DirtiesContext
class DatabaseRestartIT {
  static final Path DATA;
  static final int PORT;
  static EmbeddedPostgres postgres;

  static {
    try {
      DATA = Files.createTempDirectory("firebreak-db-restart");
      PORT = FreePort.find();
      postgres = start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired WorkflowClient temporal;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("firebreak.data-dir", () -> DATA.resolve("firebreak").toString());
    TestTokens.register(registry);
  }

  private static EmbeddedPostgres start() throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(DATA.resolve("pg")).setCleanDataDirectory(false)
        .setPort(PORT).start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
    org.springframework.util.FileSystemUtils.deleteRecursively(DATA);
  }

  @Test
  void anOutageDelaysButLosesNothing() throws Exception {
    Http http = new Http(port);
    Http.Response accepted = http.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager("{}:{service=\"db-outage\"}", "firing", "dbdbdbdbdbdb0001", "firing", "db-outage"));
    String first = accepted.incidentId();
    IncidentWorkflow workflow = temporal.newWorkflowStub(IncidentWorkflow.class,
        accepted.json().get("workflowId").asText());
    String base = "/api/v1/incidents/" + first;
    http.await(base, status("AWAITING_DECISION"));

    postgres.close();
    // the escalation timer fires during the outage; its save waits for the database
    String secondAlert = Payloads.alertmanager("{}:{service=\"db-outage-2\"}", "firing", "dbdbdbdbdbdb0002",
        "firing", "db-outage-2");
    Http.Response refused = http.post("/api/v1/alerts/alertmanager", secondAlert);
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
    Http.Response read = http.get(base);
    assertThat(read.status()).isEqualTo(503);
    assertThat(read.json().get("detail").asText()).contains("database");
    // the escalation deadline passes during the outage (its save, and with it the workflow, waits)
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (workflow.state().openedAt.plusSeconds(5).isAfter(java.time.Instant.now())
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    postgres = start();
    JsonNode escalated = http.await(base, j -> j.get("timeline").findValuesAsText("type").contains("escalated"),
        Duration.ofSeconds(90));
    assertThat(escalated.at("/incident/status").asText()).isEqualTo("AWAITING_DECISION");

    // Alertmanager's redelivery of the refused alert is accepted and opens its incident
    String second = http.post("/api/v1/alerts/alertmanager", secondAlert).incidentId();
    http.await("/api/v1/incidents/" + second, status("AWAITING_DECISION"));
    assertThat(http.post(base + "/acknowledge", "{}").status()).isEqualTo(202);
    http.await(base, j -> "test-admin".equals(j.at("/incident/acknowledgedBy").asText()));
  }
}
