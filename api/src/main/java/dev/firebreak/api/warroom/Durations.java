package dev.firebreak.api.warroom;

import java.time.Duration;
import java.time.Instant;

/** Short human durations for tables and headers: "45s", "12m", "3h 05m", "2d 4h". */
final class Durations {
  private Durations() {}

  static String between(Instant from, Instant to) {
    if (from == null || to == null) {
      return null;
    }
    return format(Duration.between(from, to));
  }

  static String format(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 60) {
      return m + "m";
    }
    long h = m / 60;
    if (h < 24) {
      return h + "h " + String.format("%02dm", m % 60);
    }
    return (h / 24) + "d " + (h % 24) + "h";
  }
}
