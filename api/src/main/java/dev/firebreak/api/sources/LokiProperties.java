package dev.firebreak.api.sources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.evidence.loki.*}: error and warning logs from Loki, active when {@code url} is
 * set.
 *
 * @param tenant {@code X-Scope-OrgID}
 * @param bearerToken or {@code username}/{@code password}; never logged
 * @param streamLabels Loki label → incident label; empty: {@code service_name → service}
 * @param lineFilter unset: the error/warning regex filter; empty: none
 */
@Validated
@ConfigurationProperties("firebreak.evidence.loki")
public record LokiProperties(
    String url,
    @DefaultValue("") String tenant,
    @DefaultValue("") String bearerToken,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("10s") @NotNull Duration timeout,
    @DefaultValue Map<String, String> streamLabels,
    @DefaultValue List<String> extraMatchers,
    String lineFilter,
    @DefaultValue({"level", "detected_level", "severity"}) List<String> levelLabels,
    @DefaultValue("1000") @Min(1) @Max(5000) int limit,
    @DefaultValue("5") @Min(1) int topMessages) {

  @Override
  public String toString() {
    return "LokiProperties[url=" + url + ", tenant=" + tenant + ", bearerToken="
        + (bearerToken.isEmpty() ? "" : "***") + ", username=" + username + ", password="
        + (password.isEmpty() ? "" : "***") + "]";
  }
}
