package dev.firebreak.api.sources;

import dev.firebreak.activities.evidence.loki.LokiEvidenceSource;
import dev.firebreak.activities.evidence.loki.LokiSettings;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Loki log source, only when {@code firebreak.evidence.loki.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = LokiSourceConfig.PREFIX, name = "url")
@EnableConfigurationProperties(LokiProperties.class)
public class LokiSourceConfig {
  static final String PREFIX = "firebreak.evidence.loki";

  @Bean
  LokiEvidenceSource lokiEvidenceSource(LokiProperties p) {
    return new LokiEvidenceSource(settings(p));
  }

  static LokiSettings settings(LokiProperties p) {
    if (okhttp3.HttpUrl.parse(p.url()) == null) {
      throw new IllegalArgumentException(PREFIX + ".url: not an http(s) URL: " + p.url());
    }
    p.streamLabels().keySet().forEach(label -> {
      if (!label.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
        throw new IllegalArgumentException(PREFIX + ".stream-labels." + label
            + ": not a valid Loki label name");
      }
    });
    Map<String, String> labels = p.streamLabels().isEmpty()
        ? Map.of("service_name", "service") : p.streamLabels();
    return new LokiSettings(p.url(), p.tenant(), p.bearerToken(), p.username(), p.password(),
        p.timeout(), labels, p.extraMatchers(),
        p.lineFilter() == null ? LokiSettings.DEFAULT_LINE_FILTER : p.lineFilter(),
        p.levelLabels(), p.limit(), p.topMessages());
  }
}
