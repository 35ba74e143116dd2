package dev.firebreak.api.runtime;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.demo.EmbeddedFirebreak;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded defaults end to end: the embedded PostgreSQL keeps incidents in its data directory, and
 * an incident left open when the process stops (losing the in-memory Temporal state) is resumed
 * from the database on the next start and can be finished.
 */
class EmbeddedRestartIT {
  @TempDir Path dataDir;

  @Test
  void openIncidentSurvivesARestartAndIsResumed() {
    String id;
    try (EmbeddedFirebreak first = EmbeddedFirebreak.start(dataDir.toString())) {
      Http http = http(first);
      id = http.post("/api/v1/alerts/alertmanager",
          Payloads.alertmanager("{}:{alertname=\"Restart\"}", "firing", "abcdefabcdef0001", "firing", "ledger"))
          .incidentId();
      http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));
    }

    try (EmbeddedFirebreak second = EmbeddedFirebreak.start(dataDir.toString())) {
      Http http = http(second);
      String base = "/api/v1/incidents/" + id;
      JsonNode resumed = http.await(base, j -> j.get("timeline").findValuesAsText("type").contains("resumed"));
      assertThat(resumed.get("alerts")).hasSize(1);
      assertThat(http.post(base + "/acknowledge", "{\"actor\":\"carol\"}").status()).isEqualTo(202);
      assertThat(http.post(base + "/resolve", "{\"actor\":\"carol\",\"summary\":\"disk replaced\"}").status())
          .isEqualTo(202);
      JsonNode done = http.await(base, status("POSTMORTEM_DRAFTED"));
      assertThat(done.at("/incident/acknowledgedBy").asText()).isEqualTo("local-admin for carol");
      assertThat(done.get("timeline").findValuesAsText("type")).containsSequence("resumed");
    }
  }

  private static Http http(EmbeddedFirebreak firebreak) {
    return new Http(URI.create(firebreak.baseUrl()).getPort(), firebreak.adminToken());
  }
}
