package dev.firebreak.slackbot.outbound;

import dev.firebreak.slackbot.blocks.RoleText;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the channel of one incident and invites the people who will work in it: the configured
 * responders, the approvers and whoever holds a role.
 */
class IncidentChannels {
  private static final Logger log = LoggerFactory.getLogger(IncidentChannels.class);
  /** What {@link SlackWebApi} reports for a rate limit beyond its budget, a 5xx or no connection. */
  private static final Pattern TRANSIENT = Pattern.compile("HTTP |unreachable");
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
    Set<String> people = new LinkedHashSet<>(invitees);
    people.addAll(RoleText.slackUsers(s));
    invite(channelId, List.copyOf(people));
    return channelId;
  }

  /**
   * Invites people to an incident's channel, in one call that skips whom Slack cannot invite
   * ({@code force}). Everyone being there already, or nobody being invitable (the bot itself, a
   * deactivated account), is no reason to fail the notification; an outage is.
   */
  void invite(String channelId, List<String> users) {
    if (users.isEmpty()) {
      return;
    }
    try {
      slack.call("conversations.invite", m -> m.conversationsInvite(r -> r.channel(channelId).users(users).force(true)));
    } catch (SlackCallFailed e) {
      if (TRANSIENT.matcher(e.error()).lookingAt()) {
        throw e;
      }
      if (!"already_in_channel".equals(e.error())) {
        log.warn("Could not invite {} to incident channel {}: {}", users, channelId, e.error());
      }
    }
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
