package dev.firebreak.analysis.rules;

import java.time.Duration;
import java.util.Map;

/**
 * Tunables for the rules, with defaults as named constants.
 *
 * @param routing label value → team, checked as "label=value" keys (e.g. "service=checkout")
 * @param detectors use the anomaly detector, the change test and log template mining; off leaves
 *     shift onsets and exact-message grouping (the baseline the benchmark compares against)
 */
public record RuleSettings(
    Duration deployLookback,
    double latencyThresholdSeconds,
    double errorSpikeMinRatio,
    Map<String, String> routing,
    boolean detectors) {

  public static final Duration DEFAULT_DEPLOY_LOOKBACK = Duration.ofHours(2);
  public static final double DEFAULT_LATENCY_THRESHOLD_SECONDS = 1.0;
  public static final double DEFAULT_ERROR_SPIKE_MIN_RATIO = 3.0;

  public RuleSettings {
    routing = Map.copyOf(routing == null ? Map.of() : routing);
  }

  public static RuleSettings defaults() {
    return new RuleSettings(
        DEFAULT_DEPLOY_LOOKBACK, DEFAULT_LATENCY_THRESHOLD_SECONDS, DEFAULT_ERROR_SPIKE_MIN_RATIO,
        Map.of(), true);
  }
}
