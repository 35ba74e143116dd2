package dev.firebreak.slackbot.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack Web API calls made by the notifier. A 429 is retried after the {@code Retry-After} Slack
 * sent, within a wait budget that keeps the notification activity inside its timeout; beyond it
 * the call fails and Temporal's activity retry takes over (the workflow tolerates a final failure).
 */
public class SlackWebApi {
  private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
  static final int MAX_ATTEMPTS = 4;

  /** One Web API method call. */
  @FunctionalInterface
  public interface Call<T extends SlackApiTextResponse> {
    T call(MethodsClient methods) throws IOException, SlackApiException;
  }

  /** Waiting is a seam so tests need not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final MethodsClient methods;
  private final Sleeper sleeper;
  private final Duration waitBudget;

  public SlackWebApi(MethodsClient methods, Sleeper sleeper, Duration waitBudget) {
    this.methods = methods;
    this.sleeper = sleeper;
    this.waitBudget = waitBudget;
  }

  public SlackWebApi(MethodsClient methods) {
    this(methods, d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(20));
  }

  public MethodsClient methods() {
    return methods;
  }

  public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      try {
        T response = call.call(methods);
        if (!response.isOk()) {
          throw new SlackCallFailed(method, response.getError(), null);
        }
        return response;
      } catch (SlackApiException e) {
        Duration retryAfter = retryAfter(e);
        if (retryAfter == null || attempt >= MAX_ATTEMPTS || waited.plus(retryAfter).compareTo(waitBudget) > 0) {
          throw new SlackCallFailed(method, "HTTP " + e.getResponse().code(), null);
        }
        log.info("Slack {} rate limited, retrying after {}s", method, retryAfter.toSeconds());
        waited = waited.plus(retryAfter);
        pause(retryAfter);
      } catch (IOException e) {
        // connection problems: let the activity retry with its own back-off
        throw new SlackCallFailed(method, "unreachable (" + e.getClass().getSimpleName() + ")", null);
      }
    }
  }

  /** The wait Slack asked for on a 429; null when the failure is not a rate limit. */
  static Duration retryAfter(SlackApiException e) {
    if (e.getResponse() == null || e.getResponse().code() != 429) {
      return null;
    }
    String header = e.getResponse().header("Retry-After");
    try {
      return Duration.ofSeconds(header == null ? 1 : Math.max(0, Long.parseLong(header.trim())));
    } catch (NumberFormatException nfe) {
      return Duration.ofSeconds(1);
    }
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new SlackCallFailed("wait", "interrupted", ie);
    }
  }
}
