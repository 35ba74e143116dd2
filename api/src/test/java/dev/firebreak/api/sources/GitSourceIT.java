package dev.firebreak.api.sources;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deploy found in Git history is a hypothesis of the recent-deploy rule: a bare repository
 * served over file://, a commit pushed minutes before the incident is declared.
 */
class GitSourceIT extends FirebreakIT {
  private static Path root;
  private static RevCommit deploy;

  @DynamicPropertySource
  static void git(DynamicPropertyRegistry registry) throws Exception {
    root = Files.createTempDirectory("firebreak-git-it");
    Path origin = root.resolve("orders.git");
    Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
    try (Git work = Git.cloneRepository().setURI(origin.toUri().toString())
        .setDirectory(root.resolve("work").toFile()).call()) {
      work.checkout().setOrphan(true).setName("main").call();
      commit(work, "Initial import", Instant.now().minus(Duration.ofDays(2)), "src/Orders.java");
      deploy = commit(work, "Batch order writes", Instant.now().minus(Duration.ofMinutes(4)),
          "src/OrderWriter.java");
      work.push().setPushAll().call();
    }
    registry.add("firebreak.evidence.git.repositories.orders.uri", () -> origin.toUri().toString());
    registry.add("firebreak.evidence.git.repositories.orders.branch", () -> "main");
  }

  private static RevCommit commit(Git work, String message, Instant at, String file) throws Exception {
    Path p = root.resolve("work").resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, message + "\n");
    work.add().addFilepattern(file).call();
    PersonIdent dana = new PersonIdent("Dana", "dana@example.com", at, ZoneOffset.UTC);
    return work.commit().setMessage(message).setAuthor(dana).setCommitter(dana).call();
  }

  @AfterAll
  static void cleanUp() throws Exception {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void aCommitMinutesBeforeTheIncidentIsARecentDeployHypothesis() {
    Http http = http();
    String id = http.post("/api/v1/incidents",
            "{\"title\":\"Orders are slow\",\"service\":\"orders\",\"severity\":\"sev2\"}")
        .json().get("incidentId").asText();
    JsonNode detail = http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));

    String sha = deploy.abbreviate(7).name();
    List<JsonNode> fromGit = new ArrayList<>();
    detail.get("evidence").forEach(e -> {
      if (e.get("source").asText().equals("git")) {
        fromGit.add(e);
      }
    });
    assertThat(fromGit).singleElement().satisfies(e -> assertThat(e.get("summary").asText())
        .isEqualTo("deploy " + sha + " to orders by Dana: Batch order writes [1 file changed, +1 -0]"));
    assertThat(detail.get("findings")).anySatisfy(f -> {
      assertThat(f.get("rule").asText()).isEqualTo("recent-deploy");
      // 4 min, or more when the application was slow to start
      assertThat(f.get("title").asText()).matches("Deploy " + sha + " to orders [4-9] min before the alert.*");
    });
    assertThat(detail.get("hypotheses")).anySatisfy(h -> {
      assertThat(h.get("kind").asText()).isEqualToIgnoringCase("deploy");
      assertThat(h.get("ref").asText()).isEqualTo(sha);
      assertThat(h.get("service").asText()).isEqualTo("orders");
    });
  }
}
