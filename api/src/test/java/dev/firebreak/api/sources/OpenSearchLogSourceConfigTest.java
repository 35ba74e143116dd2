package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OpenSearchLogSourceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(OpenSearchLogSourceConfig.class);

  @Test
  void withoutAUrlThereIsNoOpenSearchSource() {
    runner.withPropertyValues("firebreak.evidence.opensearch.index-pattern=app-*")
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EvidenceSource.class));
  }

  @Test
  void withAUrlTheSourceIsABeanWithEcsDefaultsAndAHiddenPassword() {
    runner.withPropertyValues("firebreak.evidence.opensearch.url=http://127.0.0.1:9200",
            "firebreak.evidence.opensearch.username=firebreak",
            "firebreak.evidence.opensearch.password=hunter2")
        .run(ctx -> {
          assertThat(ctx.getBeansOfType(EvidenceSource.class).values())
              .extracting(EvidenceSource::name).containsExactly("opensearch");
          OpenSearchLogProperties p = ctx.getBean(OpenSearchLogProperties.class);
          assertThat(OpenSearchLogSourceConfig.settings(p)).satisfies(s -> {
            assertThat(s.indexPattern()).isEqualTo("logs-*");
            assertThat(s.timestampField()).isEqualTo("@timestamp");
            assertThat(s.serviceField()).isEqualTo("service.name");
            assertThat(s.levelField()).isEqualTo("log.level");
            assertThat(s.messageField()).isEqualTo("message");
            assertThat(s.toString()).doesNotContain("hunter2");
          });
          assertThat(p.toString()).doesNotContain("hunter2");
        });
  }

  @Test
  void aUrlThatIsNotHttpStopsTheStart() {
    runner.withPropertyValues("firebreak.evidence.opensearch.url=opensearch:9200")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .hasStackTraceContaining("firebreak.evidence.opensearch.url: not an http(s) URL"));
  }
}
