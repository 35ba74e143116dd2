package dev.firebreak.activities.support;

import java.time.Duration;

/** The wait an HTTP 429/503 asks for, for clients that retry. */
public final class RetryAfter {
  private RetryAfter() {}

  /** {@code Retry-After} in seconds; missing or unreadable (an HTTP date) counts as no wait asked. */
  public static Duration seconds(String header) {
    if (header == null) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  /** The longer of our own backoff and what the server asked for. */
  public static Duration orBackoff(String header, Duration backoff) {
    Duration asked = seconds(header);
    return asked.compareTo(backoff) >= 0 ? asked : backoff;
  }
}
