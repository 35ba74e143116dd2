package dev.firebreak.activities.evidence.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromQlTemplateTest {
  private static final Selector CHECKOUT = new Selector("service=\"checkout\"", "service");

  @Test
  void rendersLabelsSelectorAndByWithValuesEscaped() {
    PromQlTemplate t = PromQlTemplate.parse(
        "sum by ({{by}}) (rate(x{{{selector}},route=\"{{labels.route}}\"}[5m]))");

    assertThat(t.render(Map.of("route", "/a\"} or vector(1) #"), CHECKOUT)).contains(
        "sum by (service) (rate(x{service=\"checkout\",route=\"/a\\\"} or vector(1) #\"}[5m]))");
  }

  @Test
  void alertWithoutALabelTheTemplateNeedsIsNotQueried() {
    PromQlTemplate t = PromQlTemplate.parse("up{instance=\"{{labels.instance}}\"}");

    assertThat(t.render(Map.of("service", "checkout"), CHECKOUT)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "up{job=\"{{lables.job}}\"}      | unknown placeholder {{lables.job}}",
      "up{job=\"{{labels.1job}}\"}     | '1job' is not a Prometheus label name",
      "sum(rate(x[5m])                 | unclosed '('",
      "sum(rate(x[5m])))               | unmatched ')'",
      "up{job=\"{{labels.job}\"}       | unbalanced placeholder braces",
      "up{job=\"x}                     | unterminated string literal"})
  void badTemplatesAreRefusedSayingWhy(String template, String problem) {
    assertThatThrownBy(() -> PromQlTemplate.parse(template))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
  }

  @Test
  void configuredTemplateErrorsNameTheirConfigurationKey() {
    assertThatThrownBy(() -> PrometheusSettings.compileAlertQueries("firebreak.evidence.prometheus",
        Map.of("HighLatency", Map.of("http_request_duration_seconds_p99", "histogram_quantile(0.99,"))))
        .hasMessageStartingWith(
            "firebreak.evidence.prometheus.alert-queries.HighLatency.http_request_duration_seconds_p99:");
  }

  @Test
  void everyBuiltInSignalParses() {
    assertThat(PrometheusSettings.compileSignals("p", true, Map.of())).containsKeys(
        "http_requests_per_second", "http_requests_error_ratio", "http_request_duration_seconds_p99",
        "db_connection_pool_active", "process_cpu_usage_ratio", "jvm_memory_used_ratio");
  }

  @Test
  void selectorNeedsTheFirstLabelOfAGroup() {
    List<List<String>> groups = PrometheusSettings.DEFAULT_SELECTOR_LABELS;

    assertThat(Selector.from(Map.of("service", "checkout", "namespace", "shop"), groups))
        .contains(new Selector("service=\"checkout\",namespace=\"shop\"", "service,namespace"));
    assertThat(Selector.from(Map.of("namespace", "shop", "job", "node"), groups))
        .contains(new Selector("job=\"node\"", "job"));
    assertThat(Selector.from(Map.of("namespace", "shop"), groups)).isEmpty();
  }
}
