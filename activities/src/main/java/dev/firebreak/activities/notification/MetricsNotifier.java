package dev.firebreak.activities.notification;

import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * Records how incidents go as metrics. A notifier, because notifications arrive exactly once per
 * step (the activity skips request ids it already handled), which is what a counter needs.
 */
public class MetricsNotifier implements Notifier {
  private final MeterRegistry registry;

  public MetricsNotifier(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "metrics";
  }

  @Override
  public void triaged(IncidentState incident) {
    registry.counter("firebreak.incidents.opened", tags(incident)).increment();
    timer("firebreak.triage", "alert received to triage complete").record(since(incident.openedAt));
  }

  @Override
  public void escalated(IncidentState incident) {
    registry.counter("firebreak.incidents.escalated", tags(incident)).increment();
  }

  @Override
  public void resolved(IncidentState incident) {
    registry.counter("firebreak.incidents.resolved", tags(incident)).increment();
    timer("firebreak.time.to.resolve", "incident opened to resolved")
        .record(between(incident.openedAt, incident.resolvedAt));
  }

  @Override
  public void changed(IncidentState incident) {
    TimelineEvent last = incident.timeline.isEmpty() ? null : incident.timeline.get(incident.timeline.size() - 1);
    if (last != null && last.type().equals("acknowledged")) {
      timer("firebreak.time.to.acknowledge", "incident opened to acknowledged")
          .record(between(incident.openedAt, incident.acknowledgedAt));
    }
  }

  private Timer timer(String name, String description) {
    return Timer.builder(name).description(description).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(50)).maximumExpectedValue(Duration.ofHours(12))
        .register(registry);
  }

  private static Tags tags(IncidentState incident) {
    return Tags.of("severity", String.valueOf(incident.severity), "service", String.valueOf(incident.service));
  }

  private static Duration since(Instant from) {
    return between(from, Instant.now());
  }

  private static Duration between(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      return Duration.ZERO;
    }
    return Duration.between(from, to);
  }
}
