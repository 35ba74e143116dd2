package dev.firebreak.api.sources;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.pagerduty.*}. Inbound webhooks are accepted only with {@code webhook-secret};
 * pages are sent only with {@code routing-key}; on-call lookups need {@code api-token}. Secrets are
 * never logged (see toString).
 *
 * @param incidentLinkBase Firebreak's public base URL, linked from each page
 * @param escalationPolicies service → escalation policy id, whose on-call people triage records
 * @param defaultEscalationPolicy the policy of services not listed; empty: none
 * @param notesFrom email of the PagerDuty user Firebreak's notes are attributed to; with an API
 *     token, notes added in Firebreak go to the PagerDuty incident the Firebreak one came from
 */
@Validated
@ConfigurationProperties("firebreak.pagerduty")
public record PagerDutyProperties(
    @DefaultValue("") String webhookSecret,
    @DefaultValue("") String routingKey,
    @DefaultValue("") String apiToken,
    @DefaultValue("https://events.pagerduty.com") @NotBlank String eventsUrl,
    @DefaultValue("https://api.pagerduty.com") @NotBlank String apiUrl,
    @DefaultValue("") String incidentLinkBase,
    @DefaultValue("10s") @NotNull Duration timeout,
    @DefaultValue("5") @Min(1) int maxAttempts,
    @DefaultValue("1s") @NotNull Duration firstBackoff,
    @DefaultValue("60s") @NotNull Duration maxBackoff,
    @DefaultValue java.util.Map<String, String> escalationPolicies,
    @DefaultValue("") String defaultEscalationPolicy,
    @DefaultValue("") String notesFrom) {

  @Override
  public String toString() {
    return "PagerDutyProperties[eventsUrl=" + eventsUrl + ", apiUrl=" + apiUrl + ", webhookSecret="
        + masked(webhookSecret) + ", routingKey=" + masked(routingKey) + ", apiToken="
        + masked(apiToken) + "]";
  }

  private static String masked(String s) {
    return s == null || s.isEmpty() ? "" : "***";
  }
}
