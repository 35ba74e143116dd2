package dev.firebreak.activities.evidence.loki;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param tenant sent as {@code X-Scope-OrgID} when set (multi-tenant Loki)
 * @param bearerToken or {@code username}/{@code password} (basic); never logged
 * @param streamLabels Loki stream label → the incident label whose value it must have (the
 *     incident's service stands in for a missing {@code service} label)
 * @param extraMatchers appended to the stream selector as they are, e.g. {@code env="prod"}
 * @param lineFilter a LogQL line filter expression appended to the selector; empty: none
 * @param levelLabels stream labels or structured metadata that hold the level, first found wins
 * @param limit lines per query (Loki caps it with {@code max_entries_limit_per_query}, 5000)
 */
public record LokiSettings(
    String url,
    String tenant,
    String bearerToken,
    String username,
    String password,
    Duration timeout,
    Map<String, String> streamLabels,
    List<String> extraMatchers,
    String lineFilter,
    List<String> levelLabels,
    int limit,
    int topMessages) {

  public static final String DEFAULT_LINE_FILTER =
      "|~ `(?i)\\b(error|err|fatal|panic|critical|warn|warning)\\b`";

  public LokiSettings {
    streamLabels = Map.copyOf(streamLabels);
    extraMatchers = List.copyOf(extraMatchers);
    levelLabels = List.copyOf(levelLabels);
    tenant = blankToNull(tenant);
    bearerToken = blankToNull(bearerToken);
    username = blankToNull(username);
    lineFilter = lineFilter == null ? "" : lineFilter.trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return "LokiSettings[url=" + url + ", tenant=" + tenant + ", bearerToken="
        + (bearerToken == null ? "" : "***") + ", username=" + username + ", password="
        + (password == null || password.isEmpty() ? "" : "***") + "]";
  }
}
