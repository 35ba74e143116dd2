package dev.firebreak.api.anomaly;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/incidents/{id}/evidence/{evidenceId}/anomaly-scores}: the detector's score of
 * each point of a metric series and the points it flags (viewer role, like every read). 404 for an
 * unknown incident or evidence item, or one that is not a metric series.
 */
@RestController
class AnomalyScoreController {
  private final AnomalyScores scores;

  AnomalyScoreController(AnomalyScores scores) {
    this.scores = scores;
  }

  @GetMapping("/api/v1/incidents/{id}/evidence/{evidenceId}/anomaly-scores")
  AnomalyScores.View scores(@PathVariable String id, @PathVariable String evidenceId) {
    return scores.of(id, evidenceId);
  }
}
