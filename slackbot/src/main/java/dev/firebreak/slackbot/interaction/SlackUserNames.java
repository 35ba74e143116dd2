package dev.firebreak.slackbot.interaction;

import dev.firebreak.slackbot.outbound.SlackCallFailed;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name people know a Slack user by, for the incident's timeline and war room (Slack itself
 * shows mentions by id). Slack no longer sends the name with a mention, so it is read with
 * {@code users.info} and remembered; when Slack cannot say, the user id stands in.
 */
class SlackUserNames {
  static final int REMEMBERED = 1000;

  private final SlackWebApi slack;
  private final Map<String, String> known = new ConcurrentHashMap<>();

  SlackUserNames(SlackWebApi slack) {
    this.slack = slack;
  }

  /** {@code given} when Slack sent a name with the mention, else the looked-up name, else the id. */
  String nameOf(String userId, String given) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    String cached = known.get(userId);
    if (cached != null) {
      return cached;
    }
    String name;
    try {
      var user = slack.call("users.info", m -> m.usersInfo(r -> r.user(userId))).getUser();
      name = user == null ? null : firstNonBlank(user.getProfile() == null ? null : user.getProfile().getDisplayName(),
          user.getRealName(), user.getName());
    } catch (SlackCallFailed e) {
      return userId;
    }
    if (name == null) {
      return userId;
    }
    if (known.size() >= REMEMBERED) {
      known.clear();
    }
    known.put(userId, name);
    return name;
  }

  private static String firstNonBlank(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return null;
  }
}
