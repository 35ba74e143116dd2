package dev.firebreak.api.sources;

import dev.firebreak.activities.evidence.github.GitHubEvidenceSource;
import dev.firebreak.activities.evidence.github.GitHubSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The GitHub deploy source, only when {@code firebreak.evidence.github.repositories} has an entry. */
@Configuration(proxyBeanMethods = false)
@Conditional(ConfiguredMap.GitHubRepositories.class)
@EnableConfigurationProperties(GitHubProperties.class)
public class GitHubSourceConfig {
  static final String PREFIX = "firebreak.evidence.github";

  @Bean
  GitHubEvidenceSource gitHubEvidenceSource(GitHubProperties p, Environment env) {
    Duration deployLookback = Binder.get(env).bind("firebreak.rules.deploy-lookback", Duration.class)
        .orElse(Duration.ofHours(2));
    return new GitHubEvidenceSource(settings(p, deployLookback));
  }

  static GitHubSettings settings(GitHubProperties p, Duration deployLookback) {
    if (okhttp3.HttpUrl.parse(p.apiUrl()) == null) {
      throw new IllegalArgumentException(PREFIX + ".api-url: not an http(s) URL: " + p.apiUrl());
    }
    Map<String, String> repos = new LinkedHashMap<>();
    p.repositories().forEach((service, repo) -> {
      String r = repo == null ? "" : repo.trim();
      if (!r.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException(PREFIX + ".repositories." + service
            + ": expected owner/name, got '" + r + "'");
      }
      repos.put(service, r);
    });
    return new GitHubSettings(p.apiUrl(), p.token(), p.timeout(), repos,
        p.lookback() == null ? deployLookback : p.lookback(), p.environment(), p.maxPages(),
        p.pullRequests(), p.deployments());
  }
}
