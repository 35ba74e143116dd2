package dev.firebreak.api.sources;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Readiness includes OpenSearch when one is configured: green or yellow cluster health is UP. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = OpenSearchLogSourceConfig.PREFIX, name = "url")
class OpenSearchHealth {

  @Bean("opensearch")
  AbstractHealthIndicator openSearchHealthIndicator(OpenSearchLogProperties props) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    return new AbstractHealthIndicator() {
      @Override
      protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(props.url().replaceAll("/+$", "") + "/_cluster/health")).timeout(Duration.ofSeconds(5));
        if (!props.username().isEmpty()) {
          String basic = props.username() + ":" + props.password();
          request.header("Authorization", "Basic "
              + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        boolean serving = r.statusCode() == 200
            && (body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\""));
        builder.status(serving ? "UP" : "DOWN").withDetail("http", r.statusCode());
      }
    };
  }
}
