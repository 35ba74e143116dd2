package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.ProposedAction;
import java.time.Instant;

/** A proposed action and what people decided about it. */
public record ActionState(
    ProposedAction action,
    Status status,
    Actor decidedBy,
    Instant decidedAt,
    String reason,
    String outcome) {

  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED,
    EXECUTED,
    FAILED
  }

  public static ActionState proposed(ProposedAction action) {
    return new ActionState(action, Status.PROPOSED, null, null, null, null);
  }

  public boolean decided() {
    return status != Status.PROPOSED;
  }

  public ActionState decide(Status newStatus, Actor actor, Instant at, String why) {
    return new ActionState(action, newStatus, actor, at, why, outcome);
  }

  public ActionState finish(Status newStatus, String result) {
    return new ActionState(action, newStatus, decidedBy, decidedAt, reason, result);
  }
}
