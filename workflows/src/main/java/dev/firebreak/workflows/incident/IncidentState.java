package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole incident as the workflow holds it: returned by the state query, handed to activities
 * that store or render it, and used to resume an incident after a restart. A plain data holder so
 * Temporal's JSON converter and JPA mapping stay simple.
 */
public class IncidentState {
  public String incidentId;
  public String workflowId;
  public String title;
  public String service;
  public String severity;
  public String description;
  public String source;
  public String groupKey;
  public Map<String, String> labels = new LinkedHashMap<>();
  public IncidentStatus status = IncidentStatus.TRIGGERED;
  public Instant openedAt;
  public Instant acknowledgedAt;
  public Actor acknowledgedBy;
  public Instant escalatedAt;
  public Instant mitigatedAt;
  public Instant resolvedAt;
  public Actor resolvedBy;
  public String resolutionSummary;
  /** Who holds which role (commander, scribe, communications); a role nobody was given is absent. */
  public Map<IncidentRole, RoleHolder> roles = new LinkedHashMap<>();
  public String confirmedHypothesisId;
  public boolean allAlertsResolved;
  public boolean triaged;
  public Map<String, Alert> alerts = new LinkedHashMap<>();
  public List<TimelineEvent> timeline = new ArrayList<>();
  public List<EvidenceSummary> evidence = new ArrayList<>();
  public List<Finding> findings = new ArrayList<>();
  public List<Hypothesis> hypotheses = new ArrayList<>();
  public List<ActionState> actions = new ArrayList<>();
  /** Past postmortems and runbooks most like this incident, shown to responders. */
  public List<RetrievalActivities.SimilarIncidentRef> similar = new ArrayList<>();
  public String postmortemMarkdown;
  /** The model that refined the hypotheses, or null when the deterministic ranking stands alone. */
  public String hypothesisModel;
  public int droppedModelClaims;
  /** Signal ids already applied, so a re-delivered signal is a no-op. */
  public List<String> appliedSignals = new ArrayList<>();
  public int nextTimelineSeq = 1;

  public ActionState action(String actionId) {
    return actions.stream().filter(a -> a.action().id().equals(actionId)).findFirst().orElse(null);
  }

  public Instant alertTime() {
    return alerts.values().stream()
        .map(Alert::startsAt)
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo)
        .orElse(openedAt);
  }
}
