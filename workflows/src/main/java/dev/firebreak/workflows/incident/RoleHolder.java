package dev.firebreak.workflows.incident;

import java.time.Instant;

/**
 * Who holds a role in an incident.
 *
 * @param name the name people know the holder by
 * @param channel where the holder was named (slack, rest)
 * @param ref the holder's id in that channel (a Slack user id), or null when there is none
 * @param assignedBy who gave the role
 * @param since when the role was given
 */
public record RoleHolder(String name, String channel, String ref, Actor assignedBy, Instant since) {

  boolean samePerson(String otherName, String otherChannel, String otherRef) {
    return ref != null && otherRef != null ? ref.equals(otherRef) && channel.equals(otherChannel)
        : name.equals(otherName);
  }
}
