package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PrometheusSourceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(PrometheusSourceConfig.class);

  @Test
  void withoutAUrlThereIsNoPrometheusSource() {
    runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EvidenceSource.class));
  }

  @Test
  void withAUrlThePrometheusSourceIsABean() {
    runner.withPropertyValues("firebreak.evidence.prometheus.url=http://127.0.0.1:9090")
        .run(ctx -> assertThat(ctx.getBeansOfType(EvidenceSource.class).values())
            .extracting(EvidenceSource::name).containsExactly("prometheus"));
  }

  @Test
  void aBadAlertTemplateStopsTheStartNamingItsKey() {
    runner.withPropertyValues("firebreak.evidence.prometheus.url=http://127.0.0.1:9090",
            "firebreak.evidence.prometheus.alert-queries.HighLatency.http_request_duration_seconds_p99="
                + "histogram_quantile(0.99, rate(x{service=\"{{labels.servce-name}}\"}[5m]))")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining(
            "firebreak.evidence.prometheus.alert-queries.HighLatency.http_request_duration_seconds_p99:"
                + " bad PromQL template: placeholder {{labels.servce-name}}"));
  }

  @Test
  void aUrlThatIsNotHttpStopsTheStart() {
    runner.withPropertyValues("firebreak.evidence.prometheus.url=prometheus:9090")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .hasStackTraceContaining("firebreak.evidence.prometheus.url: not an http(s) URL"));
  }
}
