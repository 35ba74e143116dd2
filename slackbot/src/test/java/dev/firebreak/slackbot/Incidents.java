package dev.firebreak.slackbot;

import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.ranking.ActionKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.RootCauseKind;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A triaged incident as the workflow hands it to notifiers: a bad deploy of checkout. */
public final class Incidents {
  public static final String ID = "inc-0123456789ab";
  public static final String ROLLBACK = "a-rollback-checkout-a39bf2c";
  public static final String PAGE = "a-page-team-payments";

  private Incidents() {}

  public static IncidentState triaged() {
    IncidentState s = new IncidentState();
    s.incidentId = ID;
    s.workflowId = "incident-alertmanager-abc";
    s.title = "checkout p99 latency above 1s";
    s.service = "checkout";
    s.severity = "sev1";
    s.status = IncidentStatus.AWAITING_DECISION;
    s.openedAt = Instant.parse("2026-03-01T10:09:30Z");
    s.labels.put("team", "payments");
    s.triaged = true;
    s.evidence.add(new EvidenceSummary("ev-deploy-1", EvidenceKind.DEPLOY, "context", "checkout",
        "Deploy a39bf2c by dana: Resize connection pool", null, null, null));
    s.evidence.add(new EvidenceSummary("ev-logs-1", EvidenceKind.LOGS, "context", "checkout",
        "30 x Timeout waiting for connection from pool", null, null, null));
    s.findings.add(new Finding("f-deploy-1", "recent-deploy", FindingSeverity.HIGH,
        "Deploy a39bf2c 4 min before the alert", "detail", "checkout", List.of("ev-deploy-1"), List.of()));
    s.findings.add(new Finding("f-logs-1", "error-log-spike", FindingSeverity.MEDIUM,
        "New error pattern <Timeout waiting for connection>", "detail", "checkout", List.of("ev-logs-1"), List.of()));
    s.hypotheses.add(new Hypothesis("h-deploy-checkout-a39bf2c", 1, RootCauseKind.DEPLOY, "checkout", "a39bf2c",
        "Deploy a39bf2c of checkout", 0.82, List.of("ev-deploy-1"), List.of("f-deploy-1")));
    s.hypotheses.add(new Hypothesis("h-saturation-checkout", 2, RootCauseKind.RESOURCE_SATURATION, "checkout", null,
        "Connection pool saturation in checkout", 0.41, List.of("ev-logs-1"), List.of("f-logs-1")));
    s.actions.add(ActionState.proposed(new ProposedAction(ROLLBACK, ActionKind.ROLLBACK, "checkout", "a39bf2c",
        "Roll back checkout to before a39bf2c", "h-deploy-checkout-a39bf2c")));
    s.actions.add(ActionState.proposed(new ProposedAction(PAGE, ActionKind.PAGE_TEAM, "checkout", "payments",
        "Page team payments", null)));
    s.timeline = new ArrayList<>(List.of(
        event(1, "opened", Actor.FIREBREAK, "Incident opened"),
        event(2, "status", Actor.FIREBREAK, "Triage started"),
        event(3, "hypotheses", Actor.FIREBREAK, "Top hypothesis (82%): Deploy a39bf2c of checkout")));
    return s;
  }

  public static TimelineEvent event(int n, String type, Actor actor, String text) {
    return new TimelineEvent("t-" + n, Instant.parse("2026-03-01T10:10:00Z").plusSeconds(n), type, actor, text, List.of());
  }
}
