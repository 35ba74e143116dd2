package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityInterface;

/**
 * Tells people about the incident through the configured notifiers. Each call carries a request id
 * made in the workflow; a notifier that already handled that id does nothing, so retries and
 * replays after a crash never post or page twice. A notifier outage never fails the incident.
 */
@ActivityInterface
public interface NotificationActivities {

  void notifyTriaged(String requestId, IncidentState state);

  void escalate(String requestId, IncidentState state);

  void notifyResolved(String requestId, IncidentState state);

  /** The incident changed after triage (a decision, a note, an alert): live views update. */
  void notifyChanged(String requestId, IncidentState state);
}
