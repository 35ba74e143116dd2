package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyTailRuleTest {
  private final LatencyTailRule rule = new LatencyTailRule();

  @Test
  void tailAboveTheThresholdIsReportedWithItsBaseline() {
    var p99 = series("ev-m", "http_request_duration_seconds_p99", Map.of("service", "checkout"), 0.2, 3.6,
        minutesBeforeAlert(6));

    Finding f = rule.evaluate(context(p99)).get(0);

    assertThat(f.title()).startsWith("Tail latency of checkout at 3.6").contains("baseline of 0.2");
    assertThat(f.severity()).isEqualTo(FindingSeverity.HIGH);
    assertThat(f.hints()).isEmpty();
  }

  @Test
  void tailBelowTheThresholdOrAMedianSeriesIsQuiet() {
    var low = series("a", "http_request_duration_seconds_p99", Map.of("service", "checkout"), 0.2, 0.5,
        minutesBeforeAlert(6));
    var median = series("b", "http_request_duration_seconds_p50", Map.of("service", "checkout"), 0.2, 3,
        minutesBeforeAlert(6));

    assertThat(rule.evaluate(context(low, median))).isEmpty();
  }
}
