package dev.firebreak.slackbot.port;

import dev.firebreak.workflows.incident.Actor;

/**
 * A Slack user acting on an incident. The timeline shows the name people know; the user id is what
 * approval rules and mentions key on.
 */
public record SlackActor(String userId, String userName) {

  public Actor toActor() {
    String name = userName == null || userName.isBlank() ? userId : userName;
    return new Actor(name, "slack");
  }

  public String mention() {
    return "<@" + userId + ">";
  }
}
