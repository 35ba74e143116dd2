package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.activities.evidence.loki.LokiSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LokiSourceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(LokiSourceConfig.class);

  @Test
  void withoutAUrlThereIsNoLokiSource() {
    runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EvidenceSource.class));
  }

  @Test
  void withAUrlTheSourceIsABeanWithDefaults() {
    runner.withPropertyValues("firebreak.evidence.loki.url=http://loki:3100",
            "firebreak.evidence.loki.bearer-token=glc_s3cret")
        .run(ctx -> {
          assertThat(ctx.getBeansOfType(EvidenceSource.class).values())
              .extracting(EvidenceSource::name).containsExactly("loki");
          LokiSettings s = LokiSourceConfig.settings(ctx.getBean(LokiProperties.class));
          assertThat(s.streamLabels()).isEqualTo(Map.of("service_name", "service"));
          assertThat(s.lineFilter()).isEqualTo(LokiSettings.DEFAULT_LINE_FILTER);
          assertThat(s.toString()).doesNotContain("glc_s3cret");
          assertThat(ctx.getBean(LokiProperties.class).toString()).doesNotContain("glc_s3cret");
        });
  }

  @Test
  void configuredStreamLabelsReplaceTheDefault() {
    runner.withPropertyValues("firebreak.evidence.loki.url=http://loki:3100",
            "firebreak.evidence.loki.stream-labels.app=service",
            "firebreak.evidence.loki.stream-labels.namespace=namespace",
            "firebreak.evidence.loki.line-filter=")
        .run(ctx -> {
          LokiSettings s = LokiSourceConfig.settings(ctx.getBean(LokiProperties.class));
          assertThat(s.streamLabels()).isEqualTo(Map.of("app", "service", "namespace", "namespace"));
          assertThat(s.lineFilter()).isEmpty();
        });
  }
}
