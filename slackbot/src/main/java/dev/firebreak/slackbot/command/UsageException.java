package dev.firebreak.slackbot.command;

/** A command the parser cannot accept; the message says what was wrong, the usage follows it. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
