package dev.firebreak.api.slack;

import dev.firebreak.activities.support.Json;
import dev.firebreak.api.incident.IncidentCommands;
import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.ingest.IncidentStarter;
import dev.firebreak.api.screenshots.Screenshots;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.OperationRefused;
import dev.firebreak.slackbot.port.SlackActor;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack's port onto the same commands and queries the REST API uses: the same checks apply, and
 * their 404/409/400 answers come back to Slack as refusals with the same wording.
 */
class FirebreakIncidentOperations implements IncidentOperations {
  private final IncidentCommands commands;
  private final IncidentQueries queries;
  private final IncidentStarter starter;
  private final SlackSettings settings;
  private final Screenshots screenshots;

  FirebreakIncidentOperations(IncidentCommands commands, IncidentQueries queries, IncidentStarter starter,
      SlackSettings settings, Screenshots screenshots) {
    this.commands = commands;
    this.queries = queries;
    this.starter = starter;
    this.settings = settings;
    this.screenshots = screenshots;
  }

  @Override
  public String declare(SlackActor actor, String title, String severity, String service) {
    String svc = service == null || service.isBlank() ? "unknown" : service;
    return refusing(() -> starter.declare(title, svc, severity, "Declared in Slack by " + actor.toActor().name(),
        actor.toActor()).incidentId());
  }

  @Override
  public List<IncidentLine> listRecent(int limit) {
    return queries.list(null, null, null, 0, limit).items().stream()
        .map(s -> new IncidentLine(s.id(), s.title(), s.severity(), s.status(), s.openedAt()))
        .toList();
  }

  @Override
  public IncidentState status(String incidentId) {
    return refusing(() -> Json.read(queries.entity(incidentId).stateJson, IncidentState.class));
  }

  @Override
  public void acknowledge(String incidentId, SlackActor actor, String requestId) {
    refusing(() -> commands.acknowledge(incidentId, actor.toActor(), requestId));
  }

  @Override
  public void note(String incidentId, SlackActor actor, String text, String requestId) {
    refusing(() -> commands.note(incidentId, actor.toActor(), text, requestId));
  }

  @Override
  public void systemNote(String incidentId, String text, String requestId) {
    refusing(() -> commands.note(incidentId, Actor.FIREBREAK, text, requestId));
  }

  @Override
  public void assignRole(String incidentId, SlackActor actor, IncidentRole role, SlackActor assignee, String requestId) {
    refusing(() -> commands.assignRole(incidentId, actor.toActor(), role, assignee.toActor().name(), assignee.userId(),
        requestId));
  }

  @Override
  public void approve(String incidentId, String actionId, SlackActor actor, String requestId) {
    refusing(() -> commands.decide(incidentId, actionId, true, actor.toActor(), null, requestId));
  }

  @Override
  public void reject(String incidentId, String actionId, SlackActor actor, String reason, String requestId) {
    refusing(() -> commands.decide(incidentId, actionId, false, actor.toActor(), reason, requestId));
  }

  @Override
  public void resolve(String incidentId, SlackActor actor, String summary, String rootCauseHypothesisId,
      String requestId) {
    refusing(() -> commands.resolve(incidentId, actor.toActor(), summary, rootCauseHypothesisId, requestId));
  }

  @Override
  public String attachScreenshot(String incidentId, SlackActor actor, String filename, String contentType,
      byte[] image) {
    try {
      return refusing(() -> screenshots.attach(incidentId, actor.toActor(), filename, contentType, image, "slack")
          .evidenceId());
    } catch (Screenshots.Rejected e) {
      throw new OperationRefused(e.getMessage());
    }
  }

  @Override
  public Optional<String> postmortemLink(String incidentId) {
    refusing(() -> queries.entity(incidentId));
    try {
      queries.postmortem(incidentId);
      return Optional.of(settings.postmortemUrl(incidentId));
    } catch (ApiException notDraftedYet) {
      return Optional.empty();
    }
  }

  private static <T> T refusing(Supplier<T> call) {
    try {
      return call.get();
    } catch (ApiException e) {
      throw new OperationRefused(e.getMessage());
    }
  }
}
