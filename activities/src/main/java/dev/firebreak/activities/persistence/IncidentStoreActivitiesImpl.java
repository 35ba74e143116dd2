package dev.firebreak.activities.persistence;

import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStoreActivities;
import io.temporal.activity.Activity;

public class IncidentStoreActivitiesImpl implements IncidentStoreActivities {
  private final IncidentRecords records;

  public IncidentStoreActivitiesImpl(IncidentRecords records) {
    this.records = records;
  }

  @Override
  public void saveIncident(IncidentState state) {
    records.save(state, Activity.getExecutionContext().getInfo().getRunId());
  }
}
