package dev.firebreak.activities.evidence.git;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param cacheDir where remote repositories are cloned (bare), one directory per service
 * @param fetchTimeout network timeout of a clone or fetch
 * @param lookback how long before the alert a commit still counts (the rules' deploy look-back)
 * @param maxCommits per repository and incident; older commits in the window are left out
 */
public record GitSettings(List<GitRepositorySpec> repositories, Path cacheDir,
    Duration fetchTimeout, Duration lookback, int maxCommits) {

  public GitSettings {
    repositories = List.copyOf(repositories);
  }
}
