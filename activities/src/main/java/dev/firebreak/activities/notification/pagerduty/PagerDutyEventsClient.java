package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.support.Json;
import dev.firebreak.activities.support.RetryAfter;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends events to the PagerDuty Events API v2 ({@code POST /v2/enqueue}). 429 and 5xx are retried
 * with exponential backoff, waiting at least what {@code Retry-After} asks; other 4xx mean the
 * event itself is wrong and are not retried. The routing key travels in the body and is never
 * logged.
 */
public class PagerDutyEventsClient {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl enqueue;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final Sleeper sleeper;

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public PagerDutyEventsClient(String eventsUrl, Duration timeout, int maxAttempts,
      Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {
    HttpUrl base = HttpUrl.parse(eventsUrl);
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + eventsUrl);
    }
    this.enqueue = base.newBuilder().addPathSegments("v2/enqueue").build();
    this.http = new OkHttpClient.Builder().callTimeout(timeout).build();
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
    this.sleeper = sleeper;
  }

  public static class PagerDutyException extends RuntimeException {
    public PagerDutyException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Sends one event; returns when PagerDuty accepted it (202), throws when it never did. */
  public void send(Map<String, Object> event) {
    String body = Json.write(event);
    String what = event.get("event_action") + " " + event.get("dedup_key");
    Duration backoff = firstBackoff;
    String last = "";
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Duration wait = backoff;
      try (Response r = http.newCall(new Request.Builder().url(enqueue)
          .post(RequestBody.create(body, JSON)).build()).execute()) {
        if (r.isSuccessful()) {
          return;
        }
        last = r.code() + " " + excerpt(r);
        if (r.code() != 429 && r.code() < 500) {
          throw new PagerDutyException("PagerDuty refused " + what + ": " + last, null);
        }
        wait = RetryAfter.orBackoff(r.header("Retry-After"), backoff);
      } catch (IOException e) {
        last = e.toString();
      }
      if (attempt == maxAttempts) {
        break;
      }
      try {
        sleeper.sleep(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PagerDutyException("interrupted while sending " + what, e);
      }
      backoff = backoff.multipliedBy(2);
    }
    throw new PagerDutyException("PagerDuty did not accept " + what + " after " + maxAttempts
        + " attempts; last: " + last, null);
  }

  private static String excerpt(Response r) throws IOException {
    String s = r.body() == null ? "" : r.body().string();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
