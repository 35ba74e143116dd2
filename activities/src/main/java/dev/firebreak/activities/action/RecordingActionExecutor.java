package dev.firebreak.activities.action;

import dev.firebreak.analysis.ranking.ProposedAction;

/**
 * The default until real executors exist: the approved action is recorded as executed and the
 * outcome says plainly that nothing outside Firebreak was touched.
 */
public class RecordingActionExecutor implements ActionExecutor {

  @Override
  public String execute(String incidentId, ProposedAction action) {
    return action.description() + ": recorded as executed (no executor configured for "
        + action.kind() + ", nothing outside Firebreak was changed)";
  }
}
