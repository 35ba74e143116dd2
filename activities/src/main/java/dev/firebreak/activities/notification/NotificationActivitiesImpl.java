package dev.firebreak.activities.notification;

import dev.firebreak.activities.persistence.RequestLog;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.NotificationActivities;
import java.util.List;
import java.util.function.Consumer;

/** Sends each notification to every notifier once per request id. */
public class NotificationActivitiesImpl implements NotificationActivities {
  private final List<Notifier> notifiers;
  private final RequestLog requests;

  public NotificationActivitiesImpl(List<Notifier> notifiers, RequestLog requests) {
    this.notifiers = List.copyOf(notifiers);
    this.requests = requests;
  }

  @Override
  public void notifyTriaged(String requestId, IncidentState state) {
    send(requestId, n -> n.triaged(state));
  }

  @Override
  public void escalate(String requestId, IncidentState state) {
    send(requestId, n -> n.escalated(state));
  }

  @Override
  public void notifyResolved(String requestId, IncidentState state) {
    send(requestId, n -> n.resolved(state));
  }

  @Override
  public void notifyChanged(String requestId, IncidentState state) {
    send(requestId, n -> n.changed(state));
  }

  private void send(String requestId, Consumer<Notifier> call) {
    for (Notifier n : notifiers) {
      String key = requestId + ":" + n.name();
      if (requests.outcomeOf(key).isPresent()) {
        continue;
      }
      call.accept(n);
      requests.record(key, "sent");
    }
  }
}
