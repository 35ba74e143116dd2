package dev.firebreak.api.sources;

import dev.firebreak.activities.evidence.opensearch.OpenSearchLogSettings;
import dev.firebreak.activities.evidence.opensearch.OpenSearchLogSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenSearch log source, only when {@code firebreak.evidence.opensearch.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = OpenSearchLogSourceConfig.PREFIX, name = "url")
@EnableConfigurationProperties(OpenSearchLogProperties.class)
public class OpenSearchLogSourceConfig {
  static final String PREFIX = "firebreak.evidence.opensearch";

  @Bean(destroyMethod = "close")
  OpenSearchLogSource openSearchLogSource(OpenSearchLogProperties p) {
    return new OpenSearchLogSource(settings(p));
  }

  static OpenSearchLogSettings settings(OpenSearchLogProperties p) {
    if (okhttp3.HttpUrl.parse(p.url()) == null) {
      throw new IllegalArgumentException(PREFIX + ".url: not an http(s) URL: " + p.url());
    }
    if (p.levels().isEmpty()) {
      throw new IllegalArgumentException(PREFIX + ".levels: needs at least one level");
    }
    return new OpenSearchLogSettings(p.url(), p.username(), p.password(), p.timeout(),
        p.indexPattern(), p.timestampField(), p.serviceField(), p.levelField(), p.messageField(),
        p.messageKeywordField(), p.levels(), p.maxLines(), p.topMessages());
  }
}
