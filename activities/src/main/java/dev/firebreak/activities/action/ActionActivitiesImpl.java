package dev.firebreak.activities.action;

import dev.firebreak.activities.persistence.RequestLog;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.workflows.incident.ActionActivities;
import io.temporal.failure.ApplicationFailure;

/** Runs an approved action once per request id; a retry returns the first outcome. */
public class ActionActivitiesImpl implements ActionActivities {
  private final ActionExecutor executor;
  private final RequestLog requests;

  public ActionActivitiesImpl(ActionExecutor executor, RequestLog requests) {
    this.executor = executor;
    this.requests = requests;
  }

  @Override
  public String executeAction(String requestId, String incidentId, ProposedAction action) {
    var done = requests.outcomeOf(requestId);
    if (done.isPresent()) {
      return done.get();
    }
    try {
      String outcome = executor.execute(incidentId, action);
      requests.record(requestId, outcome);
      return outcome;
    } catch (ActionRefusedException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "ActionRefused");
    }
  }
}
