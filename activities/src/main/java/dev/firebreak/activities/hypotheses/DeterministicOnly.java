package dev.firebreak.activities.hypotheses;

import dev.firebreak.workflows.incident.HypothesisActivities;

/** The default with no model configured: the deterministic ranking stands, and the incident says so. */
public class DeterministicOnly implements HypothesisActivities {

  @Override
  public Refinement refineHypotheses(RefinementRequest request) {
    return new Refinement(request.ranking(), null, 0,
        "No language model configured: hypotheses come from the deterministic ranking alone");
  }
}
