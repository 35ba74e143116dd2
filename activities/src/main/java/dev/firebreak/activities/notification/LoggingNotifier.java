package dev.firebreak.activities.notification;

import dev.firebreak.workflows.incident.IncidentState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: notifications go to the application log. */
public class LoggingNotifier implements Notifier {
  private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

  @Override
  public String name() {
    return "log";
  }

  @Override
  public void triaged(IncidentState incident) {
    String top = incident.hypotheses.isEmpty() ? "no hypothesis" : incident.hypotheses.get(0).cause();
    log.info("incident {} triaged: {} findings, top: {}", incident.incidentId,
        incident.findings.size(), top);
  }

  @Override
  public void escalated(IncidentState incident) {
    log.warn("incident {} escalated: nobody acknowledged", incident.incidentId);
  }

  @Override
  public void resolved(IncidentState incident) {
    log.info("incident {} resolved by {}", incident.incidentId, incident.resolvedBy);
  }
}
