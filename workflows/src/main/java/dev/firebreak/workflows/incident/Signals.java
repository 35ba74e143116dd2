package dev.firebreak.workflows.incident;

/**
 * Signal payloads. Each carries a {@code signalId} chosen by the sender, so delivering the same
 * signal twice changes nothing the second time.
 */
public final class Signals {
  private Signals() {}

  public record Acknowledge(String signalId, Actor actor) {}

  public record ActionDecision(String signalId, String actionId, Actor actor, String reason) {}

  public record Note(String signalId, Actor actor, String text) {}

  /**
   * Evidence that arrived after triage (a screenshot): the incident cites it from now on and, when
   * still open, reassesses its findings and hypotheses with it.
   *
   * @param note the timeline's line about its arrival
   */
  public record EvidenceAdded(String signalId, Actor actor, EvidenceSummary evidence, String note) {}

  public record Resolve(String signalId, Actor actor, String summary, String rootCauseHypothesisId) {}

  /**
   * Gives {@code role} to a person (replacing its holder, if any).
   *
   * @param assigneeName the name people know the assignee by
   * @param assigneeRef the assignee's id in the actor's channel (a Slack user id), may be null
   */
  public record AssignRole(String signalId, Actor actor, IncidentRole role, String assigneeName, String assigneeRef) {}
}
