package dev.firebreak.activities.hypotheses;

import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.ranking.ActionKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.ProposedAction;
import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.CauseHint;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.IncidentFacts;
import dev.firebreak.analysis.rules.RootCauseKind;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.HypothesisActivities.RefinementRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A checkout incident after a deploy, as the workflow hands it to the refinement. */
public final class Fixtures {
  static final Instant T = Instant.parse("2026-03-01T10:09:00Z");
  public static final String API_KEY = "hf_TESTk3yN0tReal0123456789";

  private Fixtures() {}

  public static ModelSettings settings(String baseUrl) {
    return new ModelSettings("huggingface", baseUrl, API_KEY, "meta-llama/Llama-3.1-8B-Instruct",
        Duration.ofSeconds(5), Duration.ofSeconds(30), 3, Duration.ofMillis(100),
        Duration.ofSeconds(2), 6, 50_000, 4000, 512, 0.2, false, List.of("emails", "ips"));
  }

  static RefinementRequest request(String requestId) {
    List<EvidenceSummary> evidence = List.of(
        new EvidenceSummary("ev-deploy-1", EvidenceKind.DEPLOY, "context", "checkout",
            "deploy a39bf2c to checkout by dana: Resize connection pool", "deploys service=checkout",
            T.minusSeconds(240), T.minusSeconds(240)),
        new EvidenceSummary("ev-logs-1", EvidenceKind.LOGS, "context", "checkout",
            "30 log lines for checkout; first: Timeout waiting for connection from pool, user "
                + "bob@example.com from 10.1.2.3 with password=hunter2 and Authorization: Bearer abcdef123456789",
            "logs service=checkout", T.minusSeconds(180), T),
        new EvidenceSummary("ev-metric-1", EvidenceKind.METRIC, "scenario", "payments",
            "payments p99 latency 2.4s (baseline 0.3s)", "histogram_quantile(0.99, …)",
            T.minusSeconds(600), T));
    List<Finding> findings = List.of(
        new Finding("f-recent-deploy-1", "recent-deploy", FindingSeverity.HIGH,
            "checkout deployed a39bf2c 4 min before the alert", "", "checkout", List.of("ev-deploy-1"),
            List.of(new CauseHint(RootCauseKind.DEPLOY, "checkout", "a39bf2c", 0.6, "deploy before alert"))),
        new Finding("f-error-spike-1", "error-log-spike", FindingSeverity.HIGH,
            "pool timeouts spiked after the deploy", "", "checkout", List.of("ev-logs-1"), List.of()));
    Hypothesis deploy = new Hypothesis("h-deploy-checkout-a39bf2c", 1, RootCauseKind.DEPLOY, "checkout",
        "a39bf2c", "Deploy a39bf2c of checkout", 0.72, List.of("ev-deploy-1", "ev-logs-1"),
        List.of("f-recent-deploy-1", "f-error-spike-1"));
    Ranking ranking = new Ranking(List.of(deploy), List.of(new ProposedAction(
        "a-rollback-checkout-a39bf2c", ActionKind.ROLLBACK, "checkout", "a39bf2c",
        "Roll back checkout to the release before a39bf2c", deploy.id())));
    IncidentFacts facts = new IncidentFacts("inc-7a1", "checkout", "HighLatency", T,
        Map.of("service", "checkout", "severity", "critical"), Set.of("feedface"));
    return new RefinementRequest(requestId, facts, evidence, findings, ranking);
  }
}
