package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.ProposedAction;
import io.temporal.activity.ActivityInterface;

/** Carries out an approved action. Idempotent by request id: an action never runs twice. */
@ActivityInterface
public interface ActionActivities {

  /** Returns a one-line outcome for the timeline; throws when the action failed. */
  String executeAction(String requestId, String incidentId, ProposedAction action);
}
