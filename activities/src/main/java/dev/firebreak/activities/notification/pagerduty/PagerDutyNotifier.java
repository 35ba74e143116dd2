package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.notification.Notifier;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages through PagerDuty when an incident escalates, and acknowledges / resolves the page when
 * Firebreak's incident is acknowledged / resolved. The dedup key is the incident's workflow id, so
 * a repeated trigger joins the open PagerDuty incident instead of paging again, and an inbound
 * PagerDuty webhook for that incident finds its way back to the same workflow.
 */
public class PagerDutyNotifier implements Notifier {
  private final PagerDutyEventsClient events;
  private final String routingKey;
  private final String incidentLinkBase;
  /** Acknowledgements already sent, so each live update does not send another. */
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  public PagerDutyNotifier(PagerDutyEventsClient events, String routingKey, String incidentLinkBase) {
    this.events = events;
    this.routingKey = routingKey;
    this.incidentLinkBase = incidentLinkBase == null ? "" : incidentLinkBase.replaceAll("/+$", "");
  }

  @Override
  public String name() {
    return "pagerduty";
  }

  @Override
  public void triaged(IncidentState incident) {
    // paging is for incidents nobody picked up: see escalated
  }

  @Override
  public void escalated(IncidentState incident) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("summary", truncate(incident.title == null ? incident.incidentId : incident.title, 1024));
    payload.put("source", "firebreak");
    payload.put("severity", severity(incident.severity));
    if (incident.service != null) {
      payload.put("component", incident.service);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("firebreak_incident", incident.incidentId);
    details.put("status", String.valueOf(incident.status));
    if (!incident.hypotheses.isEmpty()) {
      details.put("top_hypothesis", incident.hypotheses.get(0).cause());
    }
    payload.put("custom_details", details);
    Map<String, Object> event = event("trigger", incident);
    event.put("payload", payload);
    if (!incidentLinkBase.isEmpty()) {
      event.put("links", List.of(Map.of("href", incidentLinkBase + "/api/v1/incidents/"
          + incident.incidentId, "text", "Firebreak incident " + incident.incidentId)));
    }
    events.send(event);
  }

  @Override
  public void changed(IncidentState incident) {
    boolean paged = incident.escalatedAt != null;
    boolean ackedHere = incident.acknowledgedBy != null
        && !"pagerduty".equals(incident.acknowledgedBy.channel());
    if (paged && ackedHere && incident.resolvedAt == null
        && acknowledged.add(incident.workflowId)) {
      events.send(event("acknowledge", incident));
    }
  }

  @Override
  public void resolved(IncidentState incident) {
    if (incident.escalatedAt != null) {
      events.send(event("resolve", incident));
    }
  }

  private Map<String, Object> event(String action, IncidentState incident) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("routing_key", routingKey);
    e.put("event_action", action);
    e.put("dedup_key", dedupKey(incident));
    return e;
  }

  /** Stable per incident; PagerDuty caps dedup keys at 255 characters. */
  public static String dedupKey(IncidentState incident) {
    return truncate(incident.workflowId, 255);
  }

  static String severity(String firebreakSeverity) {
    if (firebreakSeverity == null) {
      return "warning";
    }
    return switch (firebreakSeverity) {
      case "sev1" -> "critical";
      case "sev2" -> "error";
      case "sev4" -> "info";
      default -> "warning";
    };
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
