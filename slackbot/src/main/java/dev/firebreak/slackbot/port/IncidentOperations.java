package dev.firebreak.slackbot.port;

import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What Slack may do to incidents. The api module implements it on top of the same commands and
 * queries the REST API uses, so Slack gets the same checks (404/409 become {@link OperationRefused}).
 * Every state change carries a request id: the same id twice changes nothing the second time.
 */
public interface IncidentOperations {

  /** One line of {@code /incident list}. */
  record IncidentLine(String id, String title, String severity, String status, Instant openedAt) {}

  String declare(SlackActor actor, String title, String severity, String service);

  List<IncidentLine> listRecent(int limit);

  /** The incident as last stored (the workflow saves after every change). */
  IncidentState status(String incidentId);

  void acknowledge(String incidentId, SlackActor actor, String requestId);

  void note(String incidentId, SlackActor actor, String text, String requestId);

  /** A note by Firebreak itself, e.g. a refused approval, so the timeline keeps it. */
  void systemNote(String incidentId, String text, String requestId);

  /** Gives {@code role} to {@code assignee}, replacing whoever held it. */
  void assignRole(String incidentId, SlackActor actor, IncidentRole role, SlackActor assignee, String requestId);

  void approve(String incidentId, String actionId, SlackActor actor, String requestId);

  void reject(String incidentId, String actionId, SlackActor actor, String reason, String requestId);

  void resolve(String incidentId, SlackActor actor, String summary, String rootCauseHypothesisId,
      String requestId);

  /**
   * Makes an image shared in Slack screenshot evidence of the incident (the same checks, OCR and
   * vision as an upload). The same image twice is the same evidence, noted once.
   *
   * @return the evidence id
   * @throws OperationRefused when the incident does not exist or the image is refused (type, size)
   */
  String attachScreenshot(String incidentId, SlackActor actor, String filename, String contentType, byte[] image);

  /** Where people read the drafted postmortem; empty until it is drafted. */
  Optional<String> postmortemLink(String incidentId);
}
