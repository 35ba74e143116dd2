package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GitSourceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(GitSourceConfig.class);

  @Test
  void withoutRepositoriesThereIsNoGitSource() {
    runner.withPropertyValues("firebreak.evidence.git.fetch-timeout=5s")
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EvidenceSource.class));
  }

  @Test
  void aRepositoryMakesTheGitSourceABean() {
    runner.withPropertyValues(
            "firebreak.evidence.git.repositories.checkout.uri=https://github.com/shop/checkout.git",
            "firebreak.evidence.git.repositories.checkout.token=ghp_x")
        .run(ctx -> assertThat(ctx.getBeansOfType(EvidenceSource.class).values())
            .extracting(EvidenceSource::name).containsExactly("git"));
  }

  @Test
  void anSshUrlStopsTheStartNamingItsKey() {
    runner.withPropertyValues("firebreak.evidence.git.repositories.checkout.uri=git@github.com:shop/checkout.git")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining(
            "firebreak.evidence.git.repositories.checkout.uri: git@github.com:shop/checkout.git is not supported"));
  }

  @Test
  void aRepositoryWithoutUriStopsTheStart() {
    runner.withPropertyValues("firebreak.evidence.git.repositories.checkout.branch=main")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining(
            "firebreak.evidence.git.repositories.checkout.uri: required"));
  }
}
