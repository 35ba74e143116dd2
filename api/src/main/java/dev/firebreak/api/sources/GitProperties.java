package dev.firebreak.api.sources;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.evidence.git.*}: deploys from Git history, active when at least one repository
 * is configured. Bound even when unset, so nothing here may be required.
 *
 * @param repositories service → its repository
 * @param cacheDir where remote repositories are cloned; unset: {@code <firebreak.data-dir>/git}
 * @param lookback unset: {@code firebreak.rules.deploy-lookback}
 */
@Validated
@ConfigurationProperties("firebreak.evidence.git")
public record GitProperties(
    @DefaultValue Map<String, Repository> repositories,
    String cacheDir,
    @DefaultValue("30s") @NotNull Duration fetchTimeout,
    Duration lookback,
    @DefaultValue("50") @Min(1) int maxCommits) {

  /**
   * @param uri local path, or an http(s)/git/file URL cloned into the cache
   * @param branch unset: the repository's HEAD
   * @param token for https remotes (HTTP basic auth password); never logged
   */
  public record Repository(String uri, String branch, @DefaultValue("x-access-token") String username,
      @DefaultValue("") String token) {

    @Override
    public String toString() {
      return "Repository[uri=" + uri + ", branch=" + branch + ", token="
          + (token == null || token.isEmpty() ? "" : "***") + "]";
    }
  }
}
