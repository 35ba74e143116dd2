package dev.firebreak.activities.notification;

import dev.firebreak.workflows.incident.IncidentState;

/**
 * Somewhere people hear about incidents (console, Slack, PagerDuty). Calls may be retried; the
 * activity skips a notifier that already handled a request id, so a notifier need not dedupe.
 */
public interface Notifier {

  String name();

  void triaged(IncidentState incident);

  void escalated(IncidentState incident);

  void resolved(IncidentState incident);

  /** Something changed after triage; notifiers that keep a live view (a Slack card) update it. */
  default void changed(IncidentState incident) {}
}
