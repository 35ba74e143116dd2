package dev.firebreak.activities.postmortem;

import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.ranking.ActionKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.RootCauseKind;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.RetrievalActivities.SimilarIncidentRef;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A resolved incident as the workflow leaves it: a bad deploy, rolled back, confirmed by alice. */
final class Incidents {
  static final Instant OPENED = Instant.parse("2026-03-01T10:09:00Z");
  static final Actor ALICE = new Actor("alice", "slack");
  static final Actor BOB = new Actor("bob", "rest");

  private Incidents() {}

  static Instant at(int minutes) {
    return OPENED.plusSeconds(minutes * 60L);
  }

  static IncidentState badDeployRolledBack() {
    IncidentState s = new IncidentState();
    s.incidentId = "inc-0123456789ab";
    s.title = "checkout p99 above 1s";
    s.service = "checkout";
    s.severity = "sev2";
    s.status = IncidentStatus.RESOLVED;
    s.openedAt = OPENED;
    s.alerts.put("fp1", new Alert("fp1", "resolved", Map.of("alertname", "CheckoutLatencyHigh",
        "severity", "critical"), Map.of(), OPENED.minusSeconds(60), at(40), null));
    s.alerts.put("fp2", new Alert("fp2", "resolved", Map.of("alertname", "CheckoutErrors",
        "severity", "warning"), Map.of(), OPENED, at(38), null));
    s.evidence.add(new EvidenceSummary("ev-deploy-1", EvidenceKind.DEPLOY, "git", "checkout",
        "Deploy a39bf2c: resize connection pool", null, null, null));
    s.evidence.add(new EvidenceSummary("ev-metric-2", EvidenceKind.METRIC, "prometheus", "checkout",
        "p99 latency", "histogram_quantile(0.99, …)", null, null));
    s.findings.add(new Finding("f-1", "recent-deploy", FindingSeverity.HIGH,
        "Deploy a39bf2c shortly before latency rose", "", "checkout", List.of("ev-deploy-1", "ev-metric-2"),
        List.of()));
    s.findings.add(new Finding("f-2", "latency-tail", FindingSeverity.MEDIUM, "p99 latency 1.8s against 0.2s",
        "", "checkout", List.of("ev-metric-2"), List.of()));
    s.findings.add(new Finding("f-3", "evidence-source", FindingSeverity.LOW, "Evidence source loki unavailable",
        "", "checkout", List.of("ev-metric-2"), List.of()));
    s.hypotheses.add(new Hypothesis("h-deploy-checkout-a39bf2c", 1, RootCauseKind.DEPLOY, "checkout", "a39bf2c",
        "Deploy a39bf2c of checkout", 0.82, List.of("ev-deploy-1", "ev-metric-2"), List.of("f-1")));
    s.hypotheses.add(new Hypothesis("h-saturation-checkout", 2, RootCauseKind.RESOURCE_SATURATION, "checkout",
        null, "Connection pool of checkout saturated", 0.41, List.of("ev-metric-2"), List.of("f-2")));
    ProposedAction rollback = new ProposedAction("a-rollback-checkout-a39bf2c", ActionKind.ROLLBACK, "checkout",
        "a39bf2c", "Roll back checkout to before a39bf2c", "h-deploy-checkout-a39bf2c");
    ProposedAction scale = new ProposedAction("a-scale-up-checkout", ActionKind.SCALE_UP, "checkout", null,
        "Scale up checkout", "h-saturation-checkout");
    s.actions.add(ActionState.proposed(rollback).decide(ActionState.Status.APPROVED, ALICE, at(12), null)
        .finish(ActionState.Status.EXECUTED, "rollback of checkout recorded"));
    s.actions.add(ActionState.proposed(scale).decide(ActionState.Status.REJECTED, BOB, at(13), "pool, not CPU"));
    s.similar.add(new SimilarIncidentRef("incidents/inc-00000000aaaa.md", "POSTMORTEM",
        "Checkout pool exhaustion after deploy", "Root cause", 0.71, "deploy", List.of("checkout"),
        "shared service checkout; same root-cause kind (deploy)"));
    s.similar.add(new SimilarIncidentRef("postmortems/2024-05-02-payments-timeouts.md", "POSTMORTEM",
        "Payments timeouts", "Timeline", 0.33, "dependency", List.of("payments"), "error pattern"));
    s.timeline.addAll(List.of(
        event(1, 0, "alert", new Actor("alertmanager", "alertmanager"), "Alert CheckoutLatencyHigh firing", List.of()),
        event(2, 0, "status", Actor.FIREBREAK, "Triage started", List.of()),
        event(3, 1, "evidence", Actor.FIREBREAK, "2 evidence items gathered", List.of("ev-deploy-1", "ev-metric-2")),
        event(4, 1, "findings", Actor.FIREBREAK, "3 findings", List.of("f-1", "f-2", "f-3")),
        event(5, 1, "similar", Actor.FIREBREAK, "2 similar past incidents: Checkout pool exhaustion after deploy; "
            + "Payments timeouts", List.of("incidents/inc-00000000aaaa.md", "postmortems/2024-05-02-payments-timeouts.md")),
        event(6, 2, "hypotheses", Actor.FIREBREAK, "Top hypothesis (82%): Deploy a39bf2c of checkout",
            List.of("h-deploy-checkout-a39bf2c", "h-saturation-checkout")),
        event(7, 2, "status", Actor.FIREBREAK, "Triage complete, awaiting decision", List.of()),
        event(8, 6, "acknowledged", ALICE, "Acknowledged by alice via slack", List.of()),
        event(9, 9, "note", BOB, "Screenshot attached as evidence ev-screenshot-0a1b2c3d4e5f", List.of()),
        event(10, 12, "approved", ALICE, "Approved: Roll back checkout to before a39bf2c",
            List.of("a-rollback-checkout-a39bf2c")),
        event(11, 12, "action-executed", Actor.FIREBREAK, "rollback of checkout recorded",
            List.of("a-rollback-checkout-a39bf2c")),
        event(12, 13, "rejected", BOB, "Rejected: Scale up checkout (pool, not CPU)", List.of("a-scale-up-checkout")),
        event(13, 45, "resolved", ALICE, "Resolved by alice via slack: rolled back a39bf2c", List.of())));
    s.acknowledgedAt = at(6);
    s.acknowledgedBy = ALICE;
    s.mitigatedAt = at(12);
    s.resolvedAt = at(45);
    s.resolvedBy = ALICE;
    s.resolutionSummary = "rolled back a39bf2c";
    s.confirmedHypothesisId = "h-deploy-checkout-a39bf2c";
    s.nextTimelineSeq = 14;
    return s;
  }

  static TimelineEvent event(int seq, int minute, String type, Actor actor, String text, List<String> refs) {
    return new TimelineEvent("t-" + seq, at(minute), type, actor, text, refs);
  }
}
