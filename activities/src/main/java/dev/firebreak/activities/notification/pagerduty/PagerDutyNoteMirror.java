package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.notification.Notifier;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes added in Firebreak (REST, Slack, the war room) to an incident that came from PagerDuty are
 * added to that PagerDuty incident too, so responders working in PagerDuty see them. Notes that came
 * from PagerDuty are not sent back. PagerDuty's notes API has no idempotency key, so this remembers
 * what it sent and only sends notes written since it started: after a restart nothing is repeated
 * (a note written while Firebreak was down is not mirrored).
 */
public final class PagerDutyNoteMirror implements Notifier {
  private static final Logger log = LoggerFactory.getLogger(PagerDutyNoteMirror.class);
  static final String INCIDENT_LABEL = "pagerduty_incident";

  private final PagerDutyIncidentNotes notes;
  private final Instant since;
  private final Set<String> sent = ConcurrentHashMap.newKeySet();

  public PagerDutyNoteMirror(PagerDutyIncidentNotes notes, Clock clock) {
    this.notes = notes;
    this.since = clock.instant();
  }

  @Override
  public String name() {
    return "pagerduty-notes";
  }

  @Override
  public void triaged(IncidentState incident) {
    changed(incident);
  }

  @Override
  public void escalated(IncidentState incident) {}

  @Override
  public void resolved(IncidentState incident) {
    changed(incident);
  }

  @Override
  public void changed(IncidentState incident) {
    String pagerDutyIncident = incident.labels.get(INCIDENT_LABEL);
    if (pagerDutyIncident == null) {
      return;
    }
    for (TimelineEvent e : incident.timeline) {
      boolean ours = "note".equals(e.type()) && e.actor() != null && !"pagerduty".equals(e.actor().channel());
      if (ours && !e.at().isBefore(since) && sent.add(incident.incidentId + "/" + e.id())) {
        try {
          notes.add(pagerDutyIncident, e.text() + " — " + e.actor().name() + " via " + e.actor().channel());
        } catch (IOException failed) {
          // next change tries again; the activity's retry must not repeat the notes already sent
          sent.remove(incident.incidentId + "/" + e.id());
          log.warn("note {} of incident {} not added to PagerDuty incident {}: {}", e.id(), incident.incidentId,
              pagerDutyIncident, failed.getMessage());
        }
      }
    }
  }
}
