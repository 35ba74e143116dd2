package dev.firebreak.activities.action;

import dev.firebreak.analysis.ranking.ProposedAction;

/** Carries out an approved action against real systems; returns a one-line outcome. */
public interface ActionExecutor {

  String execute(String incidentId, ProposedAction action) throws ActionRefusedException;
}
