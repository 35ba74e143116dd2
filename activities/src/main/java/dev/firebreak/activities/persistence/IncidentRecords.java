package dev.firebreak.activities.persistence;

import dev.firebreak.analysis.rules.OpenIncident;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.List;

/** The stored incidents: what the store activity writes and rules read. */
public interface IncidentRecords {

  /** Writes the incident and its child items in one transaction; idempotent. */
  void save(IncidentState state, String workflowRunId);

  List<OpenIncident> openIncidents();
}
