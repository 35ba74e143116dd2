package dev.firebreak.slackbot.port;

/** Remembers Slack requests already handled, so a retried delivery performs nothing twice. */
public interface SlackRequestLog {

  /** True the first time a key is seen; false for every later time (atomic across threads). */
  boolean firstTime(String requestKey);
}
