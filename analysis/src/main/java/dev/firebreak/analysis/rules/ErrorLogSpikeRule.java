package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.logs.TemplateSpike;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Error and warning lines whose pattern rose sharply in the incident window against the baseline
 * before it; the dominant pattern is named, and what it mentions hints at the cause.
 */
public final class ErrorLogSpikeRule implements Rule {

  static final Duration WINDOW_BEFORE_ALERT = Duration.ofMinutes(15);
  static final Duration WINDOW_AFTER_ALERT = Duration.ofMinutes(5);
  static final int MIN_COUNT = 5;
  @Override
  public String name() {
    return "error-log-spike";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Instant alertTime = context.incident().alertTime();
    Instant windowStart = alertTime.minus(WINDOW_BEFORE_ALERT);
    Instant windowEnd = alertTime.plus(WINDOW_AFTER_ALERT);
    Set<String> knownServices = CauseWords.knownServices(context);
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (Evidence logs : context.evidenceOf(EvidenceKind.LOGS)) {
      List<TemplateSpike> spikes = LogSpikes.rising(logs.logs(), windowStart, windowEnd,
              context.settings().detectors()).stream()
          .filter(s -> s.incidentCount() >= MIN_COUNT
              && (s.newInIncident() || s.rateRatio() >= context.settings().errorSpikeMinRatio()))
          .toList();
      if (spikes.isEmpty()) {
        continue;
      }
      TemplateSpike top = spikes.get(0);
      String title = "Error spike in " + logs.service() + ": " + describe(top, alertTime);
      String detail = spikes.stream().limit(3)
          .map(s -> describe(s, alertTime) + " e.g. " + s.samples().get(0))
          .collect(Collectors.joining("\n"));
      findings.add(new Finding(ids.next(), name(),
          top.incidentCount() >= 50 ? FindingSeverity.HIGH : FindingSeverity.MEDIUM, title, detail,
          logs.service(), List.of(logs.id()),
          CauseWords.hints(top.template(), logs.service(), knownServices, "error pattern " + top.template(), 1)));
    }
    return findings;
  }

  static String describe(TemplateSpike spike, Instant alertTime) {
    long minutes = Math.max(1, Duration.between(Instant.ofEpochMilli(spike.firstSeenMillis()), alertTime).toMinutes());
    String novelty = spike.newInIncident()
        ? "new in the last " + minutes + " min"
        : "up from " + spike.baselineCount() + " in the baseline";
    return "`" + spike.template() + "` ×" + spike.incidentCount() + ", " + novelty;
  }
}
