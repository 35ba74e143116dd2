package dev.firebreak.api.sources;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.evidence.github.*}: merged pull requests and deployments from the GitHub REST
 * API, active when at least one repository is configured.
 *
 * @param token sent as {@code Authorization: Bearer}; never logged
 * @param repositories service → {@code owner/name}
 * @param lookback unset: {@code firebreak.rules.deploy-lookback}
 * @param environment only deployments to this environment; empty: all
 */
@Validated
@ConfigurationProperties("firebreak.evidence.github")
public record GitHubProperties(
    @DefaultValue("https://api.github.com") @NotBlank String apiUrl,
    @DefaultValue("") String token,
    @DefaultValue("10s") @NotNull Duration timeout,
    @DefaultValue Map<String, String> repositories,
    Duration lookback,
    @DefaultValue("") String environment,
    @DefaultValue("5") @Min(1) int maxPages,
    @DefaultValue("true") boolean pullRequests,
    @DefaultValue("true") boolean deployments) {

  @Override
  public String toString() {
    return "GitHubProperties[apiUrl=" + apiUrl + ", token=" + (token.isEmpty() ? "" : "***")
        + ", repositories=" + repositories + "]";
  }
}
