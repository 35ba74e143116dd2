package dev.firebreak.api.incident;

import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.ingest.IncidentStarter;
import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The incident REST API. State changes answer 202: they are signals the workflow applies. */
@Validated
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final IncidentQueries queries;
  private final IncidentCommands commands;
  private final IncidentStarter starter;
  private final int maxNoteLength;

  IncidentController(IncidentQueries queries, IncidentCommands commands, IncidentStarter starter,
      FirebreakProperties props) {
    this.queries = queries;
    this.commands = commands;
    this.starter = starter;
    this.maxNoteLength = props.ingest().maxNoteLength();
  }

  @GetMapping
  IncidentViews.Page<IncidentViews.Summary> list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String workflowId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    String status = state == null ? null : state.toUpperCase(java.util.Locale.ROOT);
    if (status != null && java.util.Arrays.stream(dev.firebreak.workflows.incident.IncidentStatus.values())
        .noneMatch(s -> s.name().equals(status))) {
      throw ApiException.badField("state", "unknown state " + state);
    }
    return queries.list(status, service, severity, workflowId, page, size);
  }

  @PostMapping
  ResponseEntity<IncidentStarter.Accepted> declare(@Valid @RequestBody IncidentRequests.Declare body,
      @RequestHeader(name = "X-Firebreak-Actor", required = false) String actor) {
    var accepted = starter.declare(body.title(), body.service(),
        body.severity() == null ? "sev3" : body.severity(), body.description(), actor(actor));
    return ResponseEntity.accepted().location(URI.create("/api/v1/incidents/" + accepted.incidentId()))
        .body(accepted);
  }

  @GetMapping("/{id}")
  IncidentViews.Detail get(@PathVariable String id) {
    return queries.detail(id);
  }

  @GetMapping("/{id}/evidence/{evidenceId}")
  java.util.Map<String, Object> evidence(@PathVariable String id, @PathVariable String evidenceId) {
    return queries.evidence(id, evidenceId);
  }

  @GetMapping(path = "/{id}/postmortem", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown"})
  ResponseEntity<?> postmortem(@PathVariable String id,
      @RequestHeader(name = "Accept", required = false) String accept) {
    IncidentViews.Postmortem pm = queries.postmortem(id);
    if (accept != null && accept.contains("text/markdown")) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown")).body(pm.markdown());
    }
    return ResponseEntity.ok(pm);
  }

  @PostMapping("/{id}/acknowledge")
  ResponseEntity<IncidentViews.SignalAccepted> acknowledge(@PathVariable String id,
      @Valid @RequestBody(required = false) IncidentRequests.Acknowledge body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    return ResponseEntity.accepted().body(commands.acknowledge(id, actor(body == null ? null : body.actor()), key));
  }

  @PostMapping("/{id}/notes")
  ResponseEntity<IncidentViews.SignalAccepted> note(@PathVariable String id,
      @Valid @RequestBody IncidentRequests.Note body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    if (body.text().length() > maxNoteLength) {
      throw ApiException.badField("text", "at most " + maxNoteLength + " characters");
    }
    return ResponseEntity.accepted().body(commands.note(id, actor(body.actor()), body.text(), key));
  }

  @PostMapping("/{id}/roles")
  ResponseEntity<IncidentViews.SignalAccepted> assignRole(@PathVariable String id,
      @Valid @RequestBody IncidentRequests.AssignRole body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    IncidentRole role = java.util.Arrays.stream(IncidentRole.values())
        .filter(r -> r.name().equalsIgnoreCase(body.role().strip())).findFirst()
        .orElseThrow(() -> ApiException.badField("role", "one of commander, scribe, communications"));
    return ResponseEntity.accepted().body(commands.assignRole(id, actor(body.actor()), role,
        body.assignee().replaceAll("[\\r\\n\\t]", " "), null, key));
  }

  @PostMapping("/{id}/actions/{actionId}/approve")
  ResponseEntity<IncidentViews.SignalAccepted> approve(@PathVariable String id, @PathVariable String actionId,
      @Valid @RequestBody(required = false) IncidentRequests.Decision body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    return ResponseEntity.accepted().body(commands.decide(id, actionId, true,
        actor(body == null ? null : body.actor()), body == null ? null : body.reason(), key));
  }

  @PostMapping("/{id}/actions/{actionId}/reject")
  ResponseEntity<IncidentViews.SignalAccepted> reject(@PathVariable String id, @PathVariable String actionId,
      @Valid @RequestBody IncidentRequests.Decision body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    if (body.reason() == null || body.reason().isBlank()) {
      throw ApiException.badField("reason", "a rejection needs a reason");
    }
    return ResponseEntity.accepted().body(commands.decide(id, actionId, false, actor(body.actor()),
        body.reason(), key));
  }

  @PostMapping("/{id}/resolve")
  ResponseEntity<IncidentViews.SignalAccepted> resolve(@PathVariable String id,
      @Valid @RequestBody(required = false) IncidentRequests.Resolve body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
    IncidentRequests.Resolve b = body == null ? new IncidentRequests.Resolve(null, null, null) : body;
    return ResponseEntity.accepted().body(commands.resolve(id, actor(b.actor()), b.summary(),
        b.rootCauseHypothesisId(), key));
  }

  /** The authenticated caller, acting for the named person when a client says so. */
  private static Actor actor(String onBehalfOf) {
    return Caller.current().actor(onBehalfOf);
  }
}
