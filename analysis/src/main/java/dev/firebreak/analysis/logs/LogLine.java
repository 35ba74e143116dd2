package dev.firebreak.analysis.logs;

/** One log line of a service: when it was written and its message (header already removed). */
public record LogLine(long epochMillis, String message) {
}
