package dev.firebreak.analysis.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Every correlation rule, in one list. Running them never throws: a rule that fails becomes a LOW
 * finding that names it, and the others still run.
 */
public final class RuleRegistry {

  private final List<Rule> rules;

  public RuleRegistry(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RuleRegistry standard() {
    return new RuleRegistry(
        List.of(
            new RecentDeployRule(),
            new ErrorLogSpikeRule(),
            new ScreenshotTextRule(),
            new LatencyTailRule(),
            new DependencyRule(),
            new SaturationRule(),
            new TrafficSurgeRule(),
            new InfrastructureRule(),
            new MetricAnomalyRule(),
            new DuplicateIncidentRule(),
            new TeamRoutingRule()));
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      try {
        findings.addAll(rule.evaluate(context));
      } catch (RuntimeException e) {
        findings.add(failed(rule, e, context));
      }
    }
    return findings;
  }

  private static Finding failed(Rule rule, RuntimeException e, RuleContext context) {
    List<String> cited = context.evidence().stream().limit(1).map(ev -> ev.id()).toList();
    return new Finding("f-" + rule.name() + "-error", rule.name(), FindingSeverity.LOW,
        "Rule " + rule.name() + " failed: " + e.getClass().getSimpleName(),
        String.valueOf(e.getMessage()), context.incident().service(), cited, List.of());
  }
}
