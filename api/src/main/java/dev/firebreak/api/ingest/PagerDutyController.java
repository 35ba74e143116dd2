package dev.firebreak.api.ingest;

import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.ingest.pagerduty.PagerDutyEvent;
import dev.firebreak.api.ingest.pagerduty.PagerDutySignature;
import dev.firebreak.api.sources.PagerDutyProperties;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentIds;
import dev.firebreak.workflows.incident.IncidentWorkflow;
import dev.firebreak.workflows.incident.Signals;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * PagerDuty Webhooks V3 receiver: one PagerDuty incident, one Firebreak incident. A triggered
 * incident starts (or joins) a workflow keyed by the PagerDuty incident id; acknowledged, resolved
 * and annotated become the workflow's signals with the PagerDuty user as actor. Present only when
 * {@code firebreak.pagerduty.webhook-secret} is set: an unsigned endpoint would let anyone open
 * or close incidents.
 */
@RestController
@ConditionalOnExpression("!'${firebreak.pagerduty.webhook-secret:}'.isBlank()")
class PagerDutyController {
  static final String SOURCE = "pagerduty";

  private final PagerDutySignature signature;
  private final IncidentStarter starter;
  private final AuditLog audit;
  private final WorkflowClient client;

  PagerDutyController(PagerDutyProperties props, IncidentStarter starter, WorkflowClient client,
      AuditLog audit) {
    this.audit = audit;
    this.signature = new PagerDutySignature(props.webhookSecret());
    this.starter = starter;
    this.client = client;
  }

  /** What the webhook did: started/joined an incident, signalled one, or ignored the event. */
  record Outcome(String eventType, String outcome, String workflowId, String incidentId, String reason) {}

  @PostMapping(path = "/api/v1/alerts/pagerduty", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Outcome> receive(
      @RequestHeader(name = "X-PagerDuty-Signature", required = false) String sig,
      @RequestBody(required = false) byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    signature.check(sig, raw);
    PagerDutyEvent event = PagerDutyEvent.parse(raw);
    Actor actor = new Actor(event.actor().isBlank() ? "pagerduty" : event.actor(), SOURCE);
    String sid = "pagerduty-" + event.id();
    return switch (event.type()) {
      case "incident.triggered" -> triggered(event);
      case "incident.acknowledged" -> signal(event, actor, "acknowledge",
          w -> w.acknowledge(new Signals.Acknowledge(sid, actor)));
      case "incident.annotated" -> signal(event, actor, "note",
          w -> w.addNote(new Signals.Note(sid, actor, event.note())));
      case "incident.resolved" -> signal(event, actor, "resolve", w -> w.resolve(new Signals.Resolve(sid, actor,
          "Resolved in PagerDuty" + (event.resolveReason() == null ? "" : ": " + event.resolveReason()),
          null)));
      default -> ResponseEntity.ok(new Outcome(event.type(), "ignored", null, null,
          "event type not handled"));
    };
  }

  private ResponseEntity<Outcome> triggered(PagerDutyEvent e) {
    if (ownPage(e)) {
      // PagerDuty announcing the page Firebreak sent: that incident exists already
      return ResponseEntity.ok(new Outcome(e.type(), "ignored", e.incidentKey(), null,
          "incident paged by Firebreak"));
    }
    Instant at = e.occurredAt() == null ? Instant.now() : e.occurredAt();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", "PagerDutyIncident");
    labels.put("service", e.service().isBlank() ? "unknown" : e.service());
    labels.put("severity", "high".equals(e.urgency()) ? "critical" : "warning");
    labels.put("pagerduty_incident", e.incidentId());
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", e.title().isBlank() ? "PagerDuty incident " + e.incidentId() : e.title());
    if (!e.htmlUrl().isBlank()) {
      annotations.put("pagerduty_url", e.htmlUrl());
    }
    Alert alert = new Alert(e.incidentId(), "firing", labels, annotations, at, null, null);
    IncidentStarter.Accepted accepted = starter.ingest(new AlertGroup(SOURCE, e.incidentId(), "firing",
        labels, annotations, List.of(alert)));
    return ResponseEntity.accepted().body(new Outcome(e.type(), "started", accepted.workflowId(),
        accepted.incidentId(), null));
  }

  private ResponseEntity<Outcome> signal(PagerDutyEvent e, Actor actor, String action,
      Consumer<IncidentWorkflow> send) {
    String workflowId = ownPage(e) ? e.incidentKey() : IncidentIds.workflowIdForGroup(SOURCE, e.incidentId());
    try {
      send.accept(client.newWorkflowStub(IncidentWorkflow.class, workflowId));
    } catch (WorkflowNotFoundException notOpen) {
      // PagerDuty incidents Firebreak never saw, or whose Firebreak incident has closed
      return ResponseEntity.ok(new Outcome(e.type(), "ignored", workflowId, null,
          "no open Firebreak incident for PagerDuty incident " + e.incidentId()));
    }
    audit.record(actor, action, null, workflowId, "pagerduty incident " + e.incidentId(), null);
    return ResponseEntity.accepted().body(new Outcome(e.type(), "signalled", workflowId, null, null));
  }

  /** Firebreak pages with the workflow id as dedup key, which PagerDuty reports as incident_key. */
  private static boolean ownPage(PagerDutyEvent e) {
    return e.incidentKey() != null && e.incidentKey().startsWith(IncidentWorkflow.WORKFLOW_ID_PREFIX);
  }
}
