package dev.firebreak.api.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.activities.evidence.ScenarioMetricsSource;
import dev.firebreak.activities.scenario.ScenarioFiles;
import dev.firebreak.analysis.rules.MetricAnomalyRule;
import dev.firebreak.api.demo.ApiClient;
import dev.firebreak.api.demo.ScenarioPlayer;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The detector's scores of a scenario's metric series, as the war room's charts read them. */
class AnomalyScoresIT extends FirebreakIT {
  @Autowired ScenarioMetricsSource metrics;
  @Autowired ContextStore context;

  @Test
  void everyPointOfAMetricSeriesHasAScoreAndTheFlaggedOnesIncludeTheRulesFirstFlag() throws Exception {
    ScenarioPlayer player = new ScenarioPlayer(new ApiClient("http://127.0.0.1:" + port, TestTokens.ADMIN),
        metrics, context);
    player.reset();
    String id = player.play(ScenarioFiles.read(repositoryFile("scenarios/checkout-latency-after-deploy.json"))).get(0);
    player.awaitStatus(id, 60_000, "AWAITING_DECISION");
    Http viewer = http().as(TestTokens.VIEWER);
    JsonNode incident = viewer.get("/api/v1/incidents/" + id).json();

    List<String> firstFlags = new ArrayList<>();
    for (JsonNode f : incident.get("findings")) {
      if (f.get("rule").asText().equals("metric-anomaly")) {
        String evidenceId = f.get("evidenceIds").get(0).asText();
        JsonNode scores = viewer.get("/api/v1/incidents/" + id + "/evidence/" + evidenceId + "/anomaly-scores").json();
        JsonNode series = viewer.get("/api/v1/incidents/" + id + "/evidence/" + evidenceId).json().get("series");
        assertThat(scores.get("detector").asText()).isEqualTo("standard");
        assertThat(scores.get("threshold").asDouble()).isEqualTo(MetricAnomalyRule.threshold());
        assertThat(scores.get("scores").size()).isEqualTo(series.get("timestamps").size());
        for (JsonNode s : scores.get("scores")) {
          assertThat(s.asDouble()).isBetween(0.0, 1.0);
        }
        // The rule reported the first flag inside its look-back; the endpoint lists every flag.
        List<Instant> flagged = new ArrayList<>();
        scores.get("flagged").forEach(p -> flagged.add(Instant.ofEpochMilli(p.get("at").asLong())));
        String title = f.get("title").asText();
        Instant first = Instant.parse(title.replaceAll(".* from (\\S+Z) .*", "$1"));
        assertThat(flagged).contains(first);
        firstFlags.add(evidenceId);
      }
    }
    assertThat(firstFlags).as("the scenario's metric-anomaly findings").isNotEmpty();

    for (JsonNode e : incident.get("evidence")) {
      if (e.get("kind").asText().equals("DEPLOY")) {
        assertThat(viewer.get("/api/v1/incidents/" + id + "/evidence/" + e.get("id").asText() + "/anomaly-scores")
            .status()).as("a deploy is not a metric series").isEqualTo(404);
        break;
      }
    }
    assertThat(viewer.get("/api/v1/incidents/inc-nope/evidence/" + firstFlags.get(0) + "/anomaly-scores").status())
        .isEqualTo(404);
    assertThat(http().as(null).get("/api/v1/incidents/" + id + "/evidence/" + firstFlags.get(0) + "/anomaly-scores")
        .status()).isEqualTo(401);
  }

  static Path repositoryFile(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
