package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityInterface;

/** Drafts the postmortem from the resolved incident and stores it (markdown and JSON). */
@ActivityInterface
public interface PostmortemActivities {

  /** Returns the markdown draft; drafting the same incident again replaces the stored draft. */
  String draftPostmortem(IncidentState state);
}
