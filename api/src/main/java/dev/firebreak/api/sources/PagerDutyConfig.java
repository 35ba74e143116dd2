package dev.firebreak.api.sources;

import dev.firebreak.activities.notification.pagerduty.PagerDutyEventsClient;
import dev.firebreak.activities.notification.pagerduty.OnCallEvidenceSource;
import dev.firebreak.activities.notification.pagerduty.PagerDutyIncidentNotes;
import dev.firebreak.activities.notification.pagerduty.PagerDutyNoteMirror;
import dev.firebreak.activities.notification.pagerduty.PagerDutyNotifier;
import dev.firebreak.activities.notification.pagerduty.PagerDutyOnCalls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PagerDuty notifier, when a routing key is configured; who is on call, as evidence, when an
 * API token is.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagerDutyProperties.class)
public class PagerDutyConfig {

  @Bean
  @ConditionalOnExpression("!'${firebreak.pagerduty.routing-key:}'.isBlank()")
  PagerDutyNotifier pagerDutyNotifier(PagerDutyProperties p) {
    PagerDutyEventsClient client = new PagerDutyEventsClient(p.eventsUrl(), p.timeout(),
        p.maxAttempts(), p.firstBackoff(), p.maxBackoff(), d -> Thread.sleep(d.toMillis()));
    return new PagerDutyNotifier(client, p.routingKey(), p.incidentLinkBase());
  }

  @Bean
  @ConditionalOnExpression("!'${firebreak.pagerduty.api-token:}'.isBlank()")
  OnCallEvidenceSource onCallEvidenceSource(PagerDutyProperties p) {
    return new OnCallEvidenceSource(new PagerDutyOnCalls(p.apiUrl(), p.apiToken(), p.timeout()),
        p.escalationPolicies(), p.defaultEscalationPolicy());
  }

  @Bean
  @ConditionalOnExpression("!'${firebreak.pagerduty.api-token:}'.isBlank() && !'${firebreak.pagerduty.notes-from:}'.isBlank()")
  PagerDutyNoteMirror pagerDutyNoteMirror(PagerDutyProperties p) {
    return new PagerDutyNoteMirror(new PagerDutyIncidentNotes(p.apiUrl(), p.apiToken(), p.notesFrom(), p.timeout()),
        java.time.Clock.systemUTC());
  }
}
