package dev.firebreak.slackbot.interaction;

import dev.firebreak.slackbot.command.CommandUsage;
import dev.firebreak.slackbot.command.UsageException;
import dev.firebreak.slackbot.port.OperationRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what went wrong into words for the person in Slack. Refusals and usage errors say what
 * was wrong; anything unexpected is logged (type and message only, never the payload) and answered
 * with a plain apology: no stack trace ever reaches Slack.
 */
final class Outcomes {
  private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

  private Outcomes() {}

  static String describe(Throwable failure, String command) {
    if (failure instanceof UsageException u) {
      return u.getMessage() + "\n" + CommandUsage.text(command);
    }
    if (failure instanceof OperationRefused r) {
      return "⚠️ " + r.getMessage();
    }
    log.warn("Slack request failed: {}: {}", failure.getClass().getSimpleName(), failure.getMessage());
    return "⚠️ Firebreak could not do that just now. Try again in a moment.";
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof java.util.concurrent.ExecutionException || c instanceof java.util.concurrent.CompletionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
