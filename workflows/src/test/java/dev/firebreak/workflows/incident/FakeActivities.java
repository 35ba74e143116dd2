package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.ranking.HypothesisRanker;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.CauseHint;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.IncidentFacts;
import dev.firebreak.analysis.rules.RootCauseKind;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory activities that record what the workflow asked of them. */
class FakeActivities implements EvidenceActivities, AnalysisActivities, IncidentStoreActivities,
    NotificationActivities, ActionActivities, PostmortemActivities, HypothesisActivities, RetrievalActivities {

  volatile boolean evidenceFails;
  volatile List<SourceFailure> unavailable = List.of();
  final AtomicInteger saves = new AtomicInteger();
  final AtomicInteger escalations = new AtomicInteger();
  final List<String> notifications = new CopyOnWriteArrayList<>();
  final List<String> changes = new CopyOnWriteArrayList<>();
  final List<String> executed = new CopyOnWriteArrayList<>();
  final AtomicInteger postmortems = new AtomicInteger();
  volatile Instant gatheredAlertTime;

  @Override
  public GatherResult gatherEvidence(GatherRequest request) {
    if (evidenceFails) {
      throw new IllegalStateException("metrics backend down");
    }
    gatheredAlertTime = request.alertTime();
    return new GatherResult(List.of(
        new EvidenceSummary("ev-alert", EvidenceKind.ALERT, "alert", request.service(), "alert", "", null, null),
        new EvidenceSummary("ev-deploy-1", EvidenceKind.DEPLOY, "context", request.service(), "deploy a39bf2c", "",
            null, null)), unavailable);
  }

  /** What the rules find besides the deploy, e.g. in evidence that arrived after triage. */
  volatile List<Finding> moreFindings = List.of();
  final List<String> refinements = new CopyOnWriteArrayList<>();

  @Override
  public List<Finding> runRules(IncidentFacts facts) {
    return java.util.stream.Stream.concat(deployFinding(facts).stream(), moreFindings.stream()).toList();
  }

  private static List<Finding> deployFinding(IncidentFacts facts) {
    return List.of(new Finding("f-recent-deploy-1", "recent-deploy", FindingSeverity.HIGH,
        "Deploy a39bf2c to " + facts.service() + " 4 min before the alert", "", facts.service(),
        List.of("ev-deploy-1"),
        List.of(new CauseHint(RootCauseKind.DEPLOY, facts.service(), "a39bf2c", 0.9, "deploy"))));
  }

  @Override
  public Ranking rankHypotheses(List<Finding> findings) {
    return new HypothesisRanker().rank(findings);
  }

  @Override
  public List<SimilarIncidentRef> findSimilarIncidents(SimilarRequest request) {
    return List.of(new SimilarIncidentRef("postmortems/2025-07-14-checkout-pool.md", "POSTMORTEM",
        "Checkout pool exhaustion after deploy", "Root cause", 0.8, "deploy", List.of(request.facts().service()),
        "same service, same root-cause kind"));
  }

  volatile boolean modelFails;

  @Override
  public Refinement refineHypotheses(RefinementRequest request) {
    refinements.add(request.requestId());
    if (modelFails) {
      throw new IllegalStateException("model endpoint answered 503");
    }
    return new Refinement(request.ranking(), null, 0, "No model configured: deterministic ranking only");
  }

  /** Saves that fail before one succeeds: a database that is down for a while. */
  final AtomicInteger failingSaves = new AtomicInteger();

  @Override
  public void saveIncident(IncidentState state) {
    if (failingSaves.getAndDecrement() > 0) {
      throw new IllegalStateException("database unavailable");
    }
    saves.incrementAndGet();
  }

  @Override
  public void notifyTriaged(String requestId, IncidentState state) {
    notifications.add(requestId);
  }

  @Override
  public void escalate(String requestId, IncidentState state) {
    escalations.incrementAndGet();
    notifications.add(requestId);
  }

  @Override
  public void notifyResolved(String requestId, IncidentState state) {
    notifications.add(requestId);
  }

  @Override
  public void notifyChanged(String requestId, IncidentState state) {
    changes.add(requestId);
  }

  @Override
  public String executeAction(String requestId, String incidentId, ProposedAction action) {
    executed.add(requestId);
    return action.description() + ": done";
  }

  @Override
  public String draftPostmortem(IncidentState state) {
    postmortems.incrementAndGet();
    return "# Postmortem: " + state.title;
  }
}
