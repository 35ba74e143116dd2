package dev.firebreak.workflows.incident;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One incident from first alert to drafted postmortem. Every signal is idempotent by its
 * signal id (alert batches by batch id); the query returns the whole state.
 */
@WorkflowInterface
public interface IncidentWorkflow {

  String TASK_QUEUE = "firebreak-incidents";
  String WORKFLOW_ID_PREFIX = "incident-";

  @WorkflowMethod
  IncidentStatus run(IncidentStart start);

  @SignalMethod
  void alertsUpdated(AlertBatch batch);

  @SignalMethod
  void acknowledge(Signals.Acknowledge signal);

  @SignalMethod
  void approveAction(Signals.ActionDecision signal);

  @SignalMethod
  void rejectAction(Signals.ActionDecision signal);

  @SignalMethod
  void addNote(Signals.Note signal);

  /** Changes state and the timeline only: no activity beyond the save and change notice any signal causes. */
  @SignalMethod
  void assignRole(Signals.AssignRole signal);

  @SignalMethod
  void evidenceAdded(Signals.EvidenceAdded signal);

  @SignalMethod
  void resolve(Signals.Resolve signal);

  @QueryMethod
  IncidentState state();
}
