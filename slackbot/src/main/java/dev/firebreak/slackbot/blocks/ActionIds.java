package dev.firebreak.slackbot.blocks;

import java.util.regex.Pattern;

/**
 * Action ids and values of the card's buttons. Both carry the incident id (and the proposed
 * action's id), so a click is self-describing: no lookup of which card was clicked is needed and a
 * click on an old card still reaches the right incident.
 */
public final class ActionIds {
  public static final String ACKNOWLEDGE = "firebreak.ack";
  public static final String APPROVE = "firebreak.approve";
  public static final String REJECT = "firebreak.reject";
  public static final String RESOLVE = "firebreak.resolve";
  private static final char SEPARATOR = '|';

  private ActionIds() {}

  /** What a button refers to. {@code actionId} is null for incident-wide buttons. */
  public record Target(String incidentId, String actionId) {}

  public static String actionId(String kind, String incidentId, String actionId) {
    return kind + ":" + value(incidentId, actionId);
  }

  public static String value(String incidentId, String actionId) {
    return actionId == null ? incidentId : incidentId + SEPARATOR + actionId;
  }

  /** Matches every action id of one kind, whatever incident and action it names. */
  public static Pattern pattern(String kind) {
    return Pattern.compile("^" + Pattern.quote(kind) + ":.*");
  }

  public static Target parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("button without a value");
    }
    int at = value.indexOf(SEPARATOR);
    return at < 0 ? new Target(value, null) : new Target(value.substring(0, at), value.substring(at + 1));
  }
}
