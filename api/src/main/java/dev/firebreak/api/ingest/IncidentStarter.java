package dev.firebreak.api.ingest;

import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.AlertBatch;
import dev.firebreak.workflows.incident.IncidentIds;
import dev.firebreak.workflows.incident.IncidentStart;
import dev.firebreak.workflows.incident.IncidentWorkflow;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Starts or joins incident workflows. Alert groups use signal-with-start on a workflow id hashed
 * from the group key, so a re-delivered or repeated payload joins the open incident.
 */
@Service
public class IncidentStarter {
  static final int START_ATTEMPTS = 3;

  private final WorkflowClient client;
  private final FirebreakProperties props;
  private final AuditLog audit;

  public IncidentStarter(WorkflowClient client, FirebreakProperties props, AuditLog audit) {
    this.client = client;
    this.props = props;
    this.audit = audit;
  }

  /**
   * What a webhook call started or joined. {@code queued} deliveries are durably stored but not yet
   * in the workflow (a storm or a Temporal outage): their incident id is not known yet.
   */
  public record Accepted(String incidentId, String workflowId, int alerts, boolean queued) {
    public Accepted(String incidentId, String workflowId, int alerts) {
      this(incidentId, workflowId, alerts, false);
    }
  }

  public Accepted ingest(AlertGroup group) {
    String workflowId = IncidentIds.workflowIdForGroup(group.source(), group.groupKey());
    Map<String, String> labels = group.commonLabels().isEmpty()
        ? group.alerts().get(0).labels() : group.commonLabels();
    String service = firstOf(labels, "service", "app", "job", "namespace");
    String alertname = labels.getOrDefault("alertname", group.alerts().get(0).alertname());
    String title = group.commonAnnotations().getOrDefault("summary",
        alertname + (service.equals("unknown") ? "" : " on " + service));
    AlertBatch batch = new AlertBatch(batchId(group), group.source(), Instant.now(), group.alerts());
    IncidentStart start = new IncidentStart(null, title, service, severity(labels.get("severity")),
        group.commonAnnotations().get("description"), group.source(), group.groupKey(), labels, batch,
        props.incidents().escalateAfter(), props.incidents().autoResolve(), null);
    WorkflowExecution run = signalWithStart(workflowId, start, batch);
    return new Accepted(IncidentIds.of(workflowId, run.getRunId()), workflowId, group.alerts().size());
  }

  /** Declares an incident by hand: a workflow of its own, with no alerts. */
  public Accepted declare(String title, String service, String severity, String description, Actor actor) {
    String workflowId = IncidentWorkflow.WORKFLOW_ID_PREFIX + "manual-" + java.util.UUID.randomUUID();
    IncidentStart start = new IncidentStart(null, title, service, severity, description, "rest", null,
        Map.of("service", service, "declared_by", actor.name()), null,
        props.incidents().escalateAfter(), false, null);
    IncidentWorkflow stub = client.newWorkflowStub(IncidentWorkflow.class, options(workflowId));
    WorkflowExecution run = WorkflowClient.start(stub::run, start);
    String incidentId = IncidentIds.of(workflowId, run.getRunId());
    audit.record(actor, "declare", incidentId, workflowId, null, severity + " " + title);
    return new Accepted(incidentId, workflowId, 0);
  }

  /** Starts a stored open incident again from its state (embedded mode after a restart). */
  public void resume(dev.firebreak.workflows.incident.IncidentState state) {
    IncidentStart start = new IncidentStart(state.incidentId, state.title, state.service, state.severity,
        state.description, state.source, state.groupKey, state.labels, null,
        props.incidents().escalateAfter(), props.incidents().autoResolve(), state);
    IncidentWorkflow stub = client.newWorkflowStub(IncidentWorkflow.class, options(state.workflowId));
    WorkflowClient.start(stub::run, start);
  }

  private WorkflowExecution signalWithStart(String workflowId, IncidentStart start, AlertBatch batch) {
    for (int attempt = 1; ; attempt++) {
      IncidentWorkflow stub = client.newWorkflowStub(IncidentWorkflow.class, options(workflowId));
      BatchRequest request = client.newSignalWithStartRequest();
      request.add(stub::run, start);
      request.add(stub::alertsUpdated, batch);
      try {
        return client.signalWithStart(request);
      } catch (WorkflowExecutionAlreadyStarted e) {
        // two deliveries raced to create the same new workflow; the next try joins it
        if (attempt >= START_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(IncidentWorkflow.TASK_QUEUE)
        .build();
  }

  static String batchId(AlertGroup group) {
    String content = group.alerts().stream()
        .map(a -> a.fingerprint() + "|" + a.status() + "|" + a.startsAt() + "|" + a.endsAt())
        .collect(Collectors.joining(","));
    return IncidentIds.sha256(group.groupKey() + "#" + content).substring(0, 32);
  }

  static String severity(String label) {
    if (label == null) {
      return "sev3";
    }
    return switch (label.toLowerCase(Locale.ROOT)) {
      case "critical", "page", "sev1", "p1" -> "sev1";
      case "error", "high", "major", "sev2", "p2" -> "sev2";
      case "info", "low", "sev4", "p4" -> "sev4";
      default -> "sev3";
    };
  }

  private static String firstOf(Map<String, String> labels, String... names) {
    for (String n : names) {
      String v = labels.get(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "unknown";
  }
}
