package dev.firebreak.activities.evidence.github;

import java.time.Duration;
import java.util.Map;

/**
 * @param repositories service → {@code owner/name}
 * @param environment only deployments to this environment; null: all
 * @param maxPages per list and incident (100 items a page)
 */
public record GitHubSettings(String apiUrl, String token, Duration timeout,
    Map<String, String> repositories, Duration lookback, String environment, int maxPages,
    boolean pullRequests, boolean deployments) {

  public GitHubSettings {
    repositories = Map.copyOf(repositories);
    environment = environment == null || environment.isBlank() ? null : environment;
  }

  @Override
  public String toString() {
    return "GitHubSettings[apiUrl=" + apiUrl + ", token=" + (token == null || token.isEmpty() ? "" : "***")
        + ", repositories=" + repositories + "]";
  }
}
