package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.IncidentFacts;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Correlation rules and hypothesis ranking over the stored evidence. Pure functions of input. */
@ActivityInterface
public interface AnalysisActivities {

  /** Runs every rule over the incident's stored evidence; a failing rule becomes a LOW finding. */
  List<Finding> runRules(IncidentFacts facts);

  /** Ranks root-cause hypotheses and proposes actions; deterministic for the same findings. */
  Ranking rankHypotheses(List<Finding> findings);
}
