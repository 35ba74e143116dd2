package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.anomaly.ChangeAfterEvent;
import dev.firebreak.analysis.anomaly.ShiftResult;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.signals.SeriesShift;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deploy (or config push) shortly before the alert. It weighs most when the service's metrics
 * or error logs changed right after it: "deploy 3 minutes before AND p99 shifted +48% after it".
 */
public final class RecentDeployRule implements Rule {

  static final Duration ALIGNMENT_BEFORE = Duration.ofMinutes(1);
  static final Duration ALIGNMENT_AFTER = Duration.ofMinutes(12);
  static final Duration TEST_WINDOW = Duration.ofMinutes(15);
  static final double MIN_TESTED_CHANGE = 0.25;

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
    // a set: the same series from two sources (Prometheus and a scenario, say) is one effect
    Set<String> effects = new LinkedHashSet<>();
    for (Evidence metric : context.evidenceOf(EvidenceKind.METRIC)) {
      if (!deploy.service().equals(metric.service())) {
        continue;
      }
      effectOf(metric, deploy.ts(), context.settings().detectors()).ifPresent(effect -> {
        cited.add(metric.id());
        effects.add(effect);
      });
    }
    for (Evidence logs : context.evidenceOf(EvidenceKind.LOGS)) {
      if (deploy.service().equals(logs.service()) && LogSpikes.newErrorsAfter(logs.logs(), deploy.ts(),
          deploy.ts().plus(ALIGNMENT_AFTER), 3, context.settings().detectors())) {
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

  /**
   * A metric changed because of the deploy when its sustained shift began right after it, or
   * when a rank test on the windows around the deploy shows a clear level change (which also
   * catches slow drifts such as a leak, whose shift starts gently).
   */
  static Optional<String> effectOf(Evidence metric, Instant deployTs, boolean detectors) {
    long[] ts = metric.series().timestamps();
    double[] values = metric.series().values();
    Optional<SeriesShift.Shift> shift = SeriesShift.detect(ts, values);
    if (shift.isPresent() && aligned(deployTs, Instant.ofEpochMilli(shift.get().onsetMillis()))) {
      return Optional.of(metric.series().name() + " shifted " + shift.get().describeChange());
    }
    if (!detectors) {
      return Optional.empty();
    }
    ShiftResult test = ChangeAfterEvent.test(ts, values, deployTs.toEpochMilli(), TEST_WINDOW.toMillis());
    if (test.shifted() && test.kind().equals("level") && Math.abs(test.relativeChange()) >= MIN_TESTED_CHANGE) {
      return Optional.of(String.format("%s %+.0f%% after it (p=%.1g)", metric.series().name(),
          test.relativeChange() * 100, test.pValue()));
    }
    return Optional.empty();
  }

  static boolean aligned(Instant deployTs, Instant onset) {
    return !onset.isBefore(deployTs.minus(ALIGNMENT_BEFORE))
        && !onset.isAfter(deployTs.plus(ALIGNMENT_AFTER));
  }

}
