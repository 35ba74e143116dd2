package dev.firebreak.workflows.incident;

/** Where an incident stands. Queryable, stored, and a Temporal search attribute. */
public enum IncidentStatus {
  TRIGGERED,
  TRIAGING,
  AWAITING_DECISION,
  MITIGATING,
  RESOLVED,
  POSTMORTEM_DRAFTED;

  public boolean isOpen() {
    return this != RESOLVED && this != POSTMORTEM_DRAFTED;
  }
}
