package dev.firebreak.api.sources;

import dev.firebreak.activities.evidence.git.GitEvidenceSource;
import dev.firebreak.activities.evidence.git.GitRepositorySpec;
import dev.firebreak.activities.evidence.git.GitSettings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.transport.URIish;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Git deploy source, only when {@code firebreak.evidence.git.repositories} has an entry. Each
 * repository is checked here, so a bad one stops the start naming its key.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConfiguredMap.GitRepositories.class)
@EnableConfigurationProperties(GitProperties.class)
public class GitSourceConfig {
  static final String PREFIX = "firebreak.evidence.git";
  /** JGit's core transports; ssh needs the org.eclipse.jgit.ssh.* modules, which are not bundled. */
  private static final Set<String> SCHEMES = Set.of("http", "https", "git", "file");

  @Bean
  GitEvidenceSource gitEvidenceSource(GitProperties p, Environment env) {
    Binder binder = Binder.get(env);
    String dataDir = binder.bind("firebreak.data-dir", String.class).orElse("data");
    Duration deployLookback = binder.bind("firebreak.rules.deploy-lookback", Duration.class)
        .orElse(Duration.ofHours(2));
    return new GitEvidenceSource(settings(p, dataDir, deployLookback));
  }

  static GitSettings settings(GitProperties p, String dataDir, Duration deployLookback) {
    List<GitRepositorySpec> specs = new ArrayList<>();
    for (Map.Entry<String, GitProperties.Repository> e : p.repositories().entrySet()) {
      String key = PREFIX + ".repositories." + e.getKey();
      GitProperties.Repository r = e.getValue();
      if (r == null || r.uri() == null || r.uri().isBlank()) {
        throw new IllegalArgumentException(key + ".uri: required (a local path or a URL)");
      }
      GitRepositorySpec spec = new GitRepositorySpec(e.getKey(), r.uri().trim(), r.branch(),
          r.username(), r.token());
      if (spec.isRemote()) {
        String scheme = scheme(spec.uri());
        if (scheme == null || !SCHEMES.contains(scheme)) {
          throw new IllegalArgumentException(key + ".uri: " + spec.displayUri()
              + " is not supported: use an https, http, git or file URL or a local path"
              + " (ssh is not available)");
        }
      }
      specs.add(spec);
    }
    Path cacheDir = p.cacheDir() == null || p.cacheDir().isBlank()
        ? Path.of(dataDir, "git") : Path.of(p.cacheDir());
    return new GitSettings(specs, cacheDir.toAbsolutePath(), p.fetchTimeout(),
        p.lookback() == null ? deployLookback : p.lookback(), p.maxCommits());
  }

  private static String scheme(String uri) {
    try {
      return new URIish(uri).getScheme();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
