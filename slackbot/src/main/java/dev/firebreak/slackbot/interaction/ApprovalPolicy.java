package dev.firebreak.slackbot.interaction;

import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.outbound.SlackCallFailed;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who may approve or reject proposed actions: the configured user ids and the members of the
 * configured user group. With neither configured, everyone may. Group members are read from Slack
 * ({@code usergroups.users.list}) and cached briefly; if Slack cannot say, only the listed users may.
 */
public class ApprovalPolicy {
  static final Duration GROUP_CACHE = Duration.ofMinutes(5);

  private final Set<String> approvers;
  private final String group;
  private final SlackWebApi slack;
  private final Clock clock;
  private volatile Set<String> groupMembers = Set.of();
  private volatile Instant groupReadAt = Instant.MIN;

  public ApprovalPolicy(SlackSettings settings, SlackWebApi slack, Clock clock) {
    this.approvers = Set.copyOf(settings.approvers());
    this.group = settings.approverGroup();
    this.slack = slack;
    this.clock = clock;
  }

  public boolean mayDecide(String userId) {
    if (approvers.isEmpty() && group.isBlank()) {
      return true;
    }
    return approvers.contains(userId) || (!group.isBlank() && groupMembers().contains(userId));
  }

  private Set<String> groupMembers() {
    Instant now = clock.instant();
    if (Duration.between(groupReadAt, now).compareTo(GROUP_CACHE) > 0) {
      try {
        List<String> users = slack.call("usergroups.users.list",
            m -> m.usergroupsUsersList(r -> r.usergroup(group))).getUsers();
        groupMembers = users == null ? Set.of() : Set.copyOf(users);
        groupReadAt = now;
      } catch (SlackCallFailed e) {
        // fail closed: keep what we knew (nothing, at first) and ask again next time
        return groupMembers;
      }
    }
    return groupMembers;
  }
}
