package dev.firebreak.api.sources;

import dev.firebreak.activities.notification.pagerduty.PagerDutyEventsClient;
import dev.firebreak.activities.notification.pagerduty.PagerDutyNotifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PagerDuty notifier, only when a routing key is configured. */
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
}
