package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is on call for the incident's service, asked of PagerDuty at triage time and kept with the
 * incident as evidence, so the card, the war room and the postmortem say whom the alert reached.
 * The escalation policy comes from the alert's {@code pagerduty_escalation_policy} label, else the
 * service's configured policy, else the default one; with none, this source has nothing to say.
 */
public final class OnCallEvidenceSource implements EvidenceSource {
  static final String POLICY_LABEL = "pagerduty_escalation_policy";

  private final PagerDutyOnCalls onCalls;
  private final Map<String, String> policyByService;
  private final String defaultPolicy;

  public OnCallEvidenceSource(PagerDutyOnCalls onCalls, Map<String, String> policyByService, String defaultPolicy) {
    this.onCalls = onCalls;
    this.policyByService = Map.copyOf(policyByService);
    this.defaultPolicy = defaultPolicy == null ? "" : defaultPolicy;
  }

  @Override
  public String name() {
    return "pagerduty-oncall";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery query) throws Exception {
    String policy = query.labels().getOrDefault(POLICY_LABEL,
        policyByService.getOrDefault(query.service(), defaultPolicy));
    if (policy.isBlank()) {
      return List.of();
    }
    List<PagerDutyOnCalls.OnCall> people = onCalls.forEscalationPolicy(policy);
    String who = people.isEmpty() ? "nobody is on call"
        : people.stream().sorted(Comparator.comparingInt(PagerDutyOnCalls.OnCall::level))
            .map(o -> "L" + o.level() + " " + o.user() + (o.schedule() == null ? "" : " (" + o.schedule() + ")"))
            .distinct().collect(Collectors.joining(", "));
    return List.of(new Evidence(null, EvidenceKind.ONCALL, "pagerduty", query.service(),
        "On call for escalation policy " + policy + ": " + who, query.alertTime(), query.alertTime(),
        "GET /oncalls?escalation_policy_ids[]=" + policy, null, null, null));
  }
}
