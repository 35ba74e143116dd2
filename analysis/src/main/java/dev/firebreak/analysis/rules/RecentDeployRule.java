package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.signals.SeriesShift;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deploy (or config push) shortly before the alert. It weighs most when the service's metrics
 * or error logs changed right after it: "deploy 3 minutes before AND p99 shifted +48% after it".
 */
public final class RecentDeployRule implements Rule {

  static final Duration ALIGNMENT_BEFORE = Duration.ofMinutes(1);
  static final Duration ALIGNMENT_AFTER = Duration.ofMinutes(12);

  @Override
  public String name() {
    return "recent-deploy";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Instant alertTime = context.incident().alertTime();
    Instant since = alertTime.minus(context.settings().deployLookback());
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (Evidence e : context.evidenceOf(EvidenceKind.DEPLOY)) {
      Deploy deploy = e.deploy();
      if (deploy.ts().isBefore(since) || deploy.ts().isAfter(alertTime)) {
        continue;
      }
      findings.add(assess(context, e, deploy, ids.next()));
    }
    return findings;
  }

  private Finding assess(RuleContext context, Evidence deployEvidence, Deploy deploy, String id) {
    long minutes = Duration.between(deploy.ts(), context.incident().alertTime()).toMinutes();
    List<String> cited = new ArrayList<>(List.of(deployEvidence.id()));
    List<String> effects = new ArrayList<>();
    for (Evidence metric : context.evidenceOf(EvidenceKind.METRIC)) {
      if (!deploy.service().equals(metric.service())) {
        continue;
      }
      Optional<SeriesShift.Shift> shift =
          SeriesShift.detect(metric.series().timestamps(), metric.series().values());
      if (shift.isPresent() && aligned(deploy.ts(), Instant.ofEpochMilli(shift.get().onsetMillis()))) {
        cited.add(metric.id());
        effects.add(metric.series().name() + " shifted " + shift.get().describeChange());
      }
    }
    for (Evidence logs : context.evidenceOf(EvidenceKind.LOGS)) {
      if (deploy.service().equals(logs.service()) && newErrorsRightAfter(logs.logs(), deploy.ts())) {
        cited.add(logs.id());
        effects.add("new error logs appeared");
      }
    }
    boolean isConfig = deploy.isConfigOnly();
    boolean sameService = deploy.service().equals(context.incident().service());
    RootCauseKind kind = isConfig ? RootCauseKind.CONFIG_CHANGE : RootCauseKind.DEPLOY;
    double recency = Math.exp(-minutes / 60.0);
    double weight;
    FindingSeverity severity;
    if (!effects.isEmpty()) {
      weight = Math.min(1.0, 0.8 + 0.05 * effects.size());
      severity = FindingSeverity.HIGH;
    } else {
      weight = Math.max(0.02, (sameService ? 0.3 : 0.1) * recency);
      severity = minutes <= 15 && sameService ? FindingSeverity.MEDIUM : FindingSeverity.LOW;
    }
    String what = isConfig ? "Config push " : "Deploy ";
    String title =
        what + deploy.commit() + " to " + deploy.service() + " " + minutes + " min before the alert"
            + (effects.isEmpty() ? "" : ", and " + String.join("; ", effects) + " right after it");
    String detail =
        deploy.author() + ": " + deploy.message() + (deploy.files().isEmpty() ? ""
            : " (files: " + String.join(", ", deploy.files()) + ")");
    CauseHint hint = new CauseHint(kind, deploy.service(), deploy.commit(), weight, title);
    return new Finding(
        id, name(), severity, title, detail, deploy.service(), cited, List.of(hint));
  }

  static boolean aligned(Instant deployTs, Instant onset) {
    return !onset.isBefore(deployTs.minus(ALIGNMENT_BEFORE))
        && !onset.isAfter(deployTs.plus(ALIGNMENT_AFTER));
  }

  /** Errors whose pattern was not seen before the deploy, starting within the alignment window. */
  static boolean newErrorsRightAfter(List<LogLine> lines, Instant deployTs) {
    java.util.Set<String> before = new java.util.HashSet<>();
    int newAfter = 0;
    for (LogLine line : lines) {
      if (!line.isError()) {
        continue;
      }
      String pattern = LogPatterns.of(line.message());
      if (line.ts().isBefore(deployTs)) {
        before.add(pattern);
      } else if (aligned(deployTs, line.ts()) && !before.contains(pattern)) {
        newAfter++;
      }
    }
    return newAfter >= 3;
  }
}
