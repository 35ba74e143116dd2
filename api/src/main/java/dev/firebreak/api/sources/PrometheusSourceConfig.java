package dev.firebreak.api.sources;

import dev.firebreak.activities.evidence.prometheus.PrometheusEvidenceSource;
import dev.firebreak.activities.evidence.prometheus.PrometheusSettings;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Prometheus evidence source, only when {@code firebreak.evidence.prometheus.url} is set (the
 * embedded default stays offline). Templates are compiled here, so a bad one stops the start
 * naming its key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = PrometheusSourceConfig.PREFIX, name = "url")
@EnableConfigurationProperties(PrometheusProperties.class)
public class PrometheusSourceConfig {
  static final String PREFIX = "firebreak.evidence.prometheus";

  @Bean
  PrometheusEvidenceSource prometheusEvidenceSource(PrometheusProperties p) {
    return new PrometheusEvidenceSource(settings(p));
  }

  static PrometheusSettings settings(PrometheusProperties p) {
    List<List<String>> groups = p.selectorLabels().stream()
        .map(g -> Arrays.stream(g.split("[,+]")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .filter(g -> !g.isEmpty())
        .toList();
    if (okhttp3.HttpUrl.parse(p.url()) == null) {
      throw new IllegalArgumentException(PREFIX + ".url: not an http(s) URL: " + p.url());
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(PREFIX + ".selector-labels: needs at least one label");
    }
    return new PrometheusSettings(p.url(), p.bearerToken(), p.timeout(), p.step(), p.windowBefore(),
        p.windowAfter(), groups,
        PrometheusSettings.compileSignals(PREFIX, p.builtInSignals(), p.signals()),
        PrometheusSettings.compileAlertQueries(PREFIX, p.alertQueries()),
        p.maxSeriesPerQuery());
  }
}
