package dev.firebreak.api.incident;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.RetrievalActivities;
import dev.firebreak.workflows.incident.RoleHolder;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response shapes of the incident API. */
public final class IncidentViews {
  private IncidentViews() {}

  public record Summary(
      String id, String title, String service, String severity, String status, String source,
      Instant openedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt) {}

  public record Page<T>(List<T> items, int page, int size, long total) {}

  public record Detail(
      Summary incident,
      String workflowId,
      List<Alert> alerts,
      List<TimelineEvent> timeline,
      List<EvidenceSummary> evidence,
      List<Finding> findings,
      List<Hypothesis> hypotheses,
      List<ActionState> actions,
      List<RetrievalActivities.SimilarIncidentRef> similar,
      boolean postmortemAvailable,
      Map<IncidentRole, RoleHolder> roles) {}

  public record Postmortem(String incidentId, String markdown, Object draft, Instant updatedAt) {}

  public record SignalAccepted(String incidentId, String signalId) {}
}
