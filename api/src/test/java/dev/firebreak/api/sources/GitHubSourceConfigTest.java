package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GitHubSourceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(GitHubSourceConfig.class);

  @Test
  void withoutRepositoriesThereIsNoGitHubSource() {
    runner.withPropertyValues("firebreak.evidence.github.token=ghp_x")
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EvidenceSource.class));
  }

  @Test
  void aRepositoryMakesTheGitHubSourceABeanAndTheTokenIsNotShown() {
    runner.withPropertyValues("firebreak.evidence.github.repositories.orders=shop/orders",
            "firebreak.evidence.github.token=ghp_s3cret")
        .run(ctx -> {
          assertThat(ctx.getBeansOfType(EvidenceSource.class).values())
              .extracting(EvidenceSource::name).containsExactly("github");
          assertThat(ctx.getBean(GitHubProperties.class).toString()).doesNotContain("ghp_s3cret");
        });
  }

  @Test
  void aRepositoryThatIsNotOwnerSlashNameStopsTheStart() {
    runner.withPropertyValues("firebreak.evidence.github.repositories.orders=https://github.com/shop/orders")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining(
            "firebreak.evidence.github.repositories.orders: expected owner/name"));
  }
}
