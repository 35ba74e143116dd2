package dev.firebreak.workflows.incident;

import java.time.Instant;
import java.util.List;

/** Applies role assignments to the incident's state; the workflow decides when. */
final class Roles {
  private Roles() {}

  /** Gives the role and tells the timeline; false when nothing changed (same holder, or no one named). */
  static boolean assign(IncidentState state, Timeline timeline, Signals.AssignRole signal, Instant at) {
    String name = signal.assigneeName() == null ? "" : signal.assigneeName().strip();
    if (signal.role() == null || name.isEmpty() || signal.actor() == null) {
      return false;
    }
    String channel = signal.actor().channel();
    RoleHolder previous = state.roles.get(signal.role());
    if (previous != null && previous.samePerson(name, channel, signal.assigneeRef())) {
      return false;
    }
    state.roles.put(signal.role(), new RoleHolder(name, channel, signal.assigneeRef(), signal.actor(), at));
    timeline.add("role", signal.actor(), name + " is " + signal.role().label()
        + (previous == null ? "" : " (was " + previous.name() + ")"), List.of());
    return true;
  }
}
