package dev.firebreak.api.retrieval;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Retrieval in the incident, with the embedded Lucene index and the in-process embedding model:
 * the seed corpus is found for a new incident, a drafted postmortem is indexed and found by the
 * next incident of its service, and imports are checked.
 */
@TestPropertySource(properties = {"firebreak.retrieval.enabled=true", "firebreak.retrieval.knowledge-dir=../knowledge",
    "firebreak.retrieval.resync-interval=1s"})
class RetrievalIT extends FirebreakIT {
  static final Path RUNBOOKS;

  static {
    try {
      RUNBOOKS = Files.createTempDirectory("firebreak-runbooks");
      Files.writeString(RUNBOOKS.resolve("disk-full.md"), runbook("Clear the WAL volume"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void runbooks(DynamicPropertyRegistry registry) {
    registry.add("firebreak.retrieval.runbooks-dir", RUNBOOKS::toString);
  }

  @Autowired SimilarIncidentRetriever retriever;

  private static String runbook(String step) {
    return "---\ntitle: Disk full on ledger-db\nservices: [ledger-db]\ntags: [disk]\n---\n"
        + "# Disk full\n\n" + step + " and page the database owner.\n";
  }

  @Test
  void aRunbookFolderIsKeptInSyncWithTheIndex() throws Exception {
    String id = "runbooks@folder/disk-full.md";
    String first = await(() -> retriever.store().documentHashes().get(id), h -> h != null);

    Files.writeString(RUNBOOKS.resolve("disk-full.md"), runbook("Grow the volume by 20%"));
    await(() -> retriever.store().documentHashes().get(id), h -> h != null && !h.equals(first));

    Files.delete(RUNBOOKS.resolve("disk-full.md"));
    await(() -> retriever.store().documentHashes().containsKey(id), present -> !present);
    // the seed corpus, another source, is untouched by this folder's changes
    assertThat(retriever.store().documentHashes().keySet()).anyMatch(d -> d.startsWith("runbooks/"));
  }

  private static <T> T await(java.util.function.Supplier<T> value, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    T last = value.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not in sync within 60 s; last " + last);
      }
      Thread.sleep(100);
      last = value.get();
    }
    return last;
  }

  @Test
  void incidentShowsSimilarPastPostmortemsFromTheSeedCorpus() {
    Http http = http();
    String id = Incidents.afterBadDeploy(http, "checkout");

    JsonNode similar = http.get("/api/v1/incidents/" + id).json().get("similar");

    assertThat(similar).hasSize(3);
    assertThat(similar.findValuesAsText("documentId")).anyMatch(d -> d.contains("checkout"));
    assertThat(similar.findValuesAsText("why")).allMatch(w -> !w.isBlank());
  }

  @Test
  void resolvedIncidentsPostmortemIsFoundByTheNextIncidentOfItsService() {
    Http http = http();
    String first = Incidents.afterBadDeploy(http, "quartzledger");
    http.post("/api/v1/incidents/" + first + "/resolve", "{\"actor\":\"ann\",\"summary\":\"rolled back the pool change\"}");
    http.await("/api/v1/incidents/" + first, status("POSTMORTEM_DRAFTED"));

    String second = http.post("/api/v1/alerts/alertmanager", Payloads.alertmanager(
        "{}:{alertname=\"HighLatency\",service=\"quartzledger\",again=\"1\"}", "firing", "2222333344445555", "firing",
        "quartzledger")).incidentId();
    JsonNode detail = http.await("/api/v1/incidents/" + second, status("AWAITING_DECISION"));

    assertThat(detail.get("similar").findValuesAsText("documentId")).contains("incidents/" + first + ".md");
  }

  @Test
  void importedPostmortemsAreCheckedAndIndexed() {
    Http http = http();
    Http.Response ok = http.post("/api/v1/postmortems", """
        {"id": "2024-01-02-gateway-tls", "markdown": "---\\ntitle: Gateway TLS certificate expired\\ndate: 2024-01-02\\nservices: [api-gateway]\\nseverity: sev1\\nroot_cause_kind: config_change\\ntags: [tls]\\n---\\n# Summary\\n\\nThe gateway certificate expired and every TLS handshake failed.\\n"}
        """);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().get("documentId").asText()).isEqualTo("imported/2024-01-02-gateway-tls");

    Http.Response empty = http.post("/api/v1/postmortems", "{\"id\":\"x\",\"markdown\":\"\"}");
    assertThat(empty.status()).isEqualTo(400);
    Http.Response badId = http.post("/api/v1/postmortems", "{\"id\":\"../etc\",\"markdown\":\"# x\"}");
    assertThat(badId.status()).isEqualTo(400);
  }
}
