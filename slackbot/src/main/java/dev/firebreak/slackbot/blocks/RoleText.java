package dev.firebreak.slackbot.blocks;

import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.RoleHolder;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How role holders appear in Slack: a mention when they were named in Slack, else their name. */
public final class RoleText {
  private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{1,20}");

  private RoleText() {}

  public static String title(IncidentRole role) {
    String label = role.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** A mention Slack renders with the person's current name; built only from a well-formed user id. */
  public static String who(RoleHolder holder) {
    return "slack".equals(holder.channel()) && holder.ref() != null && SLACK_USER.matcher(holder.ref()).matches()
        ? "<@" + holder.ref() + ">" : Mrkdwn.escape(holder.name());
  }

  /** One line for replies: "commander <@U…>, scribe carol", or "none given yet". */
  public static String line(IncidentState s) {
    if (s.roles.isEmpty()) {
      return "none given yet";
    }
    return s.roles.entrySet().stream().map(e -> e.getKey().label() + " " + who(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** The Slack users holding a role, e.g. to invite them to the incident's channel. */
  public static List<String> slackUsers(IncidentState s) {
    return s.roles.values().stream().filter(h -> "slack".equals(h.channel()) && h.ref() != null
        && SLACK_USER.matcher(h.ref()).matches()).map(RoleHolder::ref).distinct().toList();
  }
}
