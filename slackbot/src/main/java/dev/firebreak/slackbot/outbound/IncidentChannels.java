package dev.firebreak.slackbot.outbound;

import dev.firebreak.workflows.incident.IncidentState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Creates the channel of one incident and invites the people who will work in it. */
class IncidentChannels {
  /** Slack channel names: lower case letters, digits, hyphens, underscores; at most 80 characters. */
  static final int NAME_LIMIT = 80;

  private final SlackWebApi slack;
  private final List<String> invitees;

  IncidentChannels(SlackWebApi slack, List<String> inviteUsers, List<String> approvers) {
    this.slack = slack;
    Set<String> people = new LinkedHashSet<>(inviteUsers);
    people.addAll(approvers);
    this.invitees = List.copyOf(people);
  }

  /** The new channel's id. A taken name (a retry after a crash, a re-used title) gets a suffix. */
  String create(IncidentState s) {
    String base = name(s);
    String channelId = null;
    for (int n = 1; channelId == null; n++) {
      String name = n == 1 ? base : suffixed(base, n);
      try {
        channelId = slack.call("conversations.create", m -> m.conversationsCreate(r -> r.name(name).isPrivate(false)))
            .getChannel().getId();
      } catch (SlackCallFailed e) {
        if (!"name_taken".equals(e.error()) || n >= 5) {
          throw e;
        }
      }
    }
    String created = channelId;
    if (!invitees.isEmpty()) {
      slack.call("conversations.invite", m -> m.conversationsInvite(r -> r.channel(created).users(invitees)));
    }
    return created;
  }

  static String name(IncidentState s) {
    String slug = s.title == null ? "" : s.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    String name = s.incidentId + (slug.isEmpty() ? "" : "-" + slug);
    return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT).replaceAll("-+$", "");
  }

  private static String suffixed(String base, int n) {
    String suffix = "-" + n;
    return (base.length() + suffix.length() <= NAME_LIMIT ? base : base.substring(0, NAME_LIMIT - suffix.length())) + suffix;
  }
}
