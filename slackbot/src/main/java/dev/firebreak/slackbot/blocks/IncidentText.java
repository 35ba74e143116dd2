package dev.firebreak.slackbot.blocks;

import dev.firebreak.slackbot.port.IncidentOperations.IncidentLine;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Short mrkdwn texts: command replies and the card thread's timeline lines. */
public final class IncidentText {
  /** Triage internals the card already shows; the thread carries what people and actions did. */
  private static final Set<String> NOT_THREADED = Set.of("status", "evidence", "findings", "hypotheses", "opened");

  private IncidentText() {}

  public static String status(IncidentState s) {
    String top = s.hypotheses.isEmpty() ? "none" : Mrkdwn.escape(s.hypotheses.get(0).cause()) + " ("
        + Mrkdwn.percent(s.hypotheses.get(0).confidence()) + ")";
    long open = s.actions.stream().filter(a -> a.status() == ActionState.Status.PROPOSED).count();
    return "*" + Mrkdwn.escape(s.title) + "* `" + s.incidentId + "`\n"
        + severity(s.severity) + " · " + Mrkdwn.escape(s.service) + " · " + state(s) + " · started " + Mrkdwn.date(s.openedAt) + "\n"
        + "Acknowledged: " + (s.acknowledgedBy == null ? "no" : Mrkdwn.escape(s.acknowledgedBy.name())) + "\n"
        + "Roles: " + RoleText.line(s) + "\n"
        + "Top hypothesis: " + top + "\n"
        + "Actions awaiting a decision: " + open;
  }

  public static String list(List<IncidentLine> lines) {
    if (lines.isEmpty()) {
      return "No incidents.";
    }
    return lines.stream().map(l -> "• `" + l.id() + "` " + severity(l.severity()) + " *"
            + Mrkdwn.escape(Mrkdwn.truncate(l.title(), 120)) + "* — " + l.status().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " · " + Mrkdwn.date(l.openedAt()))
        .collect(Collectors.joining("\n"));
  }

  public static boolean threaded(TimelineEvent e) {
    return !NOT_THREADED.contains(e.type());
  }

  public static String timelineLine(TimelineEvent e) {
    String who = e.actor() == null ? "" : "*" + Mrkdwn.escape(e.actor().name()) + "*: ";
    return Mrkdwn.truncate(who + Mrkdwn.escape(e.text()), Mrkdwn.SECTION_LIMIT);
  }

  private static String severity(String sev) {
    return sev == null ? "SEV?" : sev.toUpperCase(Locale.ROOT);
  }

  private static String state(IncidentState s) {
    return s.status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
