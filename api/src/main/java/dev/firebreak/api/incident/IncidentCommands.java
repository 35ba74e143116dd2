package dev.firebreak.api.incident;

import dev.firebreak.activities.support.Json;
import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.persistence.IncidentEntity;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentWorkflow;
import dev.firebreak.workflows.incident.Signals;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowNotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Turns API calls into workflow signals after checking them against the incident's live state
 * (the workflow's query, or the stored state once the workflow has ended): 404 for what does not
 * exist, 409 for what was already decided.
 */
@Service
public class IncidentCommands {
  private final WorkflowClient client;
  private final IncidentQueries queries;
  private final AuditLog audit;

  IncidentCommands(WorkflowClient client, IncidentQueries queries, AuditLog audit) {
    this.client = client;
    this.queries = queries;
    this.audit = audit;
  }

  public IncidentViews.SignalAccepted acknowledge(String id, Actor actor, String signalId) {
    String sid = signalId(signalId);
    Live live = live(id);
    live.signal(requireOpen(id, live), w -> w.acknowledge(new Signals.Acknowledge(sid, actor)));
    live.audit(actor, "acknowledge", null, null);
    return new IncidentViews.SignalAccepted(id, sid);
  }

  public IncidentViews.SignalAccepted decide(String id, String actionId, boolean approve, Actor actor,
      String reason, String signalId) {
    String sid = signalId(signalId);
    Live live = live(id);
    IncidentState state = requireOpen(id, live);
    ActionState action = state.action(actionId);
    if (action == null) {
      throw ApiException.notFound("action", actionId + " of incident " + id);
    }
    if (action.decided()) {
      throw ApiException.conflict("action " + actionId + " of incident " + id + " was already "
          + action.status().name().toLowerCase() + " by " + action.decidedBy());
    }
    Signals.ActionDecision decision = new Signals.ActionDecision(sid, actionId, actor, reason);
    live.signal(state, w -> {
      if (approve) {
        w.approveAction(decision);
      } else {
        w.rejectAction(decision);
      }
    });
    live.audit(actor, approve ? "action.approve" : "action.reject", actionId, reason);
    return new IncidentViews.SignalAccepted(id, sid);
  }

  public IncidentViews.SignalAccepted note(String id, Actor actor, String text, String signalId) {
    String sid = signalId(signalId);
    Live live = live(id);
    live.signal(requireOpen(id, live), w -> w.addNote(new Signals.Note(sid, actor, text)));
    live.audit(actor, "note", null, text);
    return new IncidentViews.SignalAccepted(id, sid);
  }

  /** Evidence that arrived after triage (a screenshot): the incident cites it and reassesses. */
  public IncidentViews.SignalAccepted addEvidence(String id, Actor actor, EvidenceSummary evidence, String note,
      String signalId) {
    String sid = signalId(signalId);
    Live live = live(id);
    live.signal(requireOpen(id, live), w -> w.evidenceAdded(new Signals.EvidenceAdded(sid, actor, evidence, note)));
    live.audit(actor, "evidence.add", evidence.id(), null);
    return new IncidentViews.SignalAccepted(id, sid);
  }

  /** Gives a role to a person; {@code assigneeRef} is their id in the actor's channel (may be null). */
  public IncidentViews.SignalAccepted assignRole(String id, Actor actor, IncidentRole role, String assigneeName,
      String assigneeRef, String signalId) {
    String sid = signalId(signalId);
    if (role == null) {
      throw ApiException.badField("role", "one of commander, scribe, communications");
    }
    if (assigneeName == null || assigneeName.isBlank()) {
      throw ApiException.badField("assignee", "must name someone");
    }
    Live live = live(id);
    live.signal(requireOpen(id, live), w -> w.assignRole(new Signals.AssignRole(sid, actor, role,
        assigneeName.strip(), assigneeRef)));
    live.audit(actor, "role.assign", role.name().toLowerCase(java.util.Locale.ROOT), assigneeName.strip());
    return new IncidentViews.SignalAccepted(id, sid);
  }

  public IncidentViews.SignalAccepted resolve(String id, Actor actor, String summary,
      String rootCauseHypothesisId, String signalId) {
    String sid = signalId(signalId);
    Live live = live(id);
    IncidentState state = requireOpen(id, live);
    if (rootCauseHypothesisId != null
        && state.hypotheses.stream().noneMatch(h -> h.id().equals(rootCauseHypothesisId))) {
      throw ApiException.badField("rootCauseHypothesisId",
          "incident " + id + " has no hypothesis " + rootCauseHypothesisId);
    }
    live.signal(state, w -> w.resolve(new Signals.Resolve(sid, actor, summary, rootCauseHypothesisId)));
    live.audit(actor, "resolve", rootCauseHypothesisId, summary);
    return new IncidentViews.SignalAccepted(id, sid);
  }

  private IncidentState requireOpen(String id, Live live) {
    IncidentState state = live.state();
    if (!state.status.isOpen()) {
      throw ApiException.conflict("incident " + id + " is already " + state.status.name().toLowerCase());
    }
    return state;
  }

  private Live live(String id) {
    return new Live(queries.entity(id));
  }

  private static String signalId(String given) {
    if (given == null || given.isBlank()) {
      return UUID.randomUUID().toString();
    }
    if (given.length() > 200) {
      throw ApiException.badField("Idempotency-Key", "at most 200 characters");
    }
    return given;
  }

  /** The incident's workflow run; falls back to the stored state when the run has ended. */
  private final class Live {
    private final IncidentEntity entity;
    private final IncidentWorkflow workflow;

    Live(IncidentEntity entity) {
      this.entity = entity;
      this.workflow = client.newWorkflowStub(IncidentWorkflow.class, entity.workflowId,
          Optional.ofNullable(entity.workflowRunId));
    }

    IncidentState state() {
      try {
        return workflow.state();
      } catch (WorkflowNotFoundException | io.temporal.client.WorkflowQueryException e) {
        return Json.read(entity.stateJson, IncidentState.class);
      }
    }

    void audit(Actor actor, String action, String target, String detail) {
      audit.record(actor, action, entity.id, entity.workflowId, target, detail);
    }

    void signal(IncidentState checked, Consumer<IncidentWorkflow> send) {
      try {
        send.accept(workflow);
      } catch (WorkflowNotFoundException e) {
        throw ApiException.conflict("incident " + entity.id + " has no running workflow (status "
            + checked.status.name().toLowerCase() + ")");
      } catch (WorkflowException e) {
        throw ApiException.unavailable("could not signal incident " + entity.id + ", retry later");
      }
    }
  }
}
