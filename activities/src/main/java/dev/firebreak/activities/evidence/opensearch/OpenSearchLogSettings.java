package dev.firebreak.activities.evidence.opensearch;

import java.time.Duration;
import java.util.List;

/**
 * Where the logs are and how their documents are shaped (ECS field names by default).
 *
 * @param indexPattern e.g. {@code logs-*}; several comma-separated
 * @param levels the level values that count as errors and warnings, matched case-insensitively
 * @param messageKeywordField a keyword field holding the message (e.g. {@code message.keyword}) to
 *     count top messages over every matching document; empty: count templates of the lines read
 * @param maxLines the newest lines read per incident
 */
public record OpenSearchLogSettings(
    String url,
    String username,
    String password,
    Duration timeout,
    String indexPattern,
    String timestampField,
    String serviceField,
    String levelField,
    String messageField,
    String messageKeywordField,
    List<String> levels,
    int maxLines,
    int topMessages) {

  public static final List<String> DEFAULT_LEVELS =
      List.of("error", "err", "fatal", "critical", "crit", "alert", "emergency", "warn", "warning");

  public OpenSearchLogSettings {
    levels = List.copyOf(levels);
    messageKeywordField = messageKeywordField == null || messageKeywordField.isBlank()
        ? null : messageKeywordField;
    username = username == null || username.isBlank() ? null : username;
  }

  /** The ECS defaults for everything but the server. */
  public static OpenSearchLogSettings ecs(String url, String indexPattern) {
    return new OpenSearchLogSettings(url, null, null, Duration.ofSeconds(10), indexPattern,
        "@timestamp", "service.name", "log.level", "message", null, DEFAULT_LEVELS, 500, 5);
  }

  @Override
  public String toString() {
    return "OpenSearchLogSettings[url=" + url + ", username=" + username + ", password="
        + (password == null || password.isEmpty() ? "" : "***") + ", index=" + indexPattern + "]";
  }
}
