package dev.firebreak.api.sources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.evidence.opensearch.*}: error and warning logs from OpenSearch, active when
 * {@code url} is set. Field names default to ECS.
 *
 * @param password HTTP basic auth with {@code username}; never logged
 * @param messageKeywordField e.g. {@code message.keyword}: top messages counted by OpenSearch
 *     over all matching documents; empty: message templates of the lines read
 */
@Validated
@ConfigurationProperties("firebreak.evidence.opensearch")
public record OpenSearchLogProperties(
    String url,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("10s") @NotNull Duration timeout,
    @DefaultValue("logs-*") @NotBlank String indexPattern,
    @DefaultValue("@timestamp") @NotBlank String timestampField,
    @DefaultValue("service.name") @NotBlank String serviceField,
    @DefaultValue("log.level") @NotBlank String levelField,
    @DefaultValue("message") @NotBlank String messageField,
    @DefaultValue("") String messageKeywordField,
    @DefaultValue({"error", "err", "fatal", "critical", "crit", "alert", "emergency", "warn", "warning"})
        List<String> levels,
    @DefaultValue("500") @Min(1) @Max(10000) int maxLines,
    @DefaultValue("5") @Min(1) int topMessages) {

  @Override
  public String toString() {
    return "OpenSearchLogProperties[url=" + url + ", username=" + username + ", password="
        + (password.isEmpty() ? "" : "***") + ", indexPattern=" + indexPattern + "]";
  }
}
