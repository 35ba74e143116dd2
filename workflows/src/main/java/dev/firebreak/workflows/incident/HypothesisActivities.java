package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.IncidentFacts;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * Lets a configured language model phrase and enrich the deterministic ranking. The deterministic
 * analysis decides what is true: the result may only add claims that cite evidence the incident
 * holds, never drop or outrank the deterministic hypotheses beyond their evidence score.
 */
@ActivityInterface
public interface HypothesisActivities {

  /**
   * Returns the refined ranking; with no model configured, the ranking unchanged and a note that
   * says so. Idempotent by request id: a retry does not call the model again.
   */
  Refinement refineHypotheses(RefinementRequest request);

  record RefinementRequest(
      String requestId, IncidentFacts facts, List<EvidenceSummary> evidence, List<Finding> findings,
      Ranking ranking) {}

  /**
   * @param model the model that refined the ranking, or null when none did
   * @param droppedClaims model claims dropped by the grounding check
   * @param note one line for the timeline: what the model added, or why it was not used
   */
  record Refinement(Ranking ranking, String model, int droppedClaims, String note) {}
}
