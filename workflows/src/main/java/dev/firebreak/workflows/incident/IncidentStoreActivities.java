package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityInterface;

/** Persists the incident so the API, restarts and later incidents can read it. */
@ActivityInterface
public interface IncidentStoreActivities {

  /** Upserts the incident and every child item by id: saving the same state twice is a no-op. */
  void saveIncident(IncidentState state);
}
