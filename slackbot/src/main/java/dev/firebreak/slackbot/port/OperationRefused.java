package dev.firebreak.slackbot.port;

/**
 * An operation the incident refused (unknown incident or action, already decided, already
 * resolved, bad argument). The message is written for the person in Slack and holds no internals.
 */
public class OperationRefused extends RuntimeException {
  public OperationRefused(String message) {
    super(message);
  }
}
