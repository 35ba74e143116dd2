package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.evidence.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorLogSpikeRuleTest {
  private final ErrorLogSpikeRule rule = new ErrorLogSpikeRule();

  @Test
  void namesTheDominantNewPatternWithItsCount() {
    List<LogLine> lines = new ArrayList<>(lines("checkout", "INFO", "order %d placed", START, 30, 30));
    lines.addAll(lines("checkout", "ERROR", "Timeout waiting for connection from pool after %dms",
        minutesBeforeAlert(6), 40, 5));
    lines.addAll(lines("checkout", "WARN", "slow query took %dms", minutesBeforeAlert(6), 6, 30));

    Finding f = rule.evaluate(context(logs("ev-l", "checkout", lines))).get(0);

    assertThat(f.title()).contains("`Timeout waiting for connection from pool after <*>` ×40, new in the last 6 min");
    assertThat(f.evidenceIds()).containsExactly("ev-l");
    assertThat(f.hints()).extracting(CauseHint::kind).containsExactly(RootCauseKind.RESOURCE_SATURATION);
  }

  @Test
  void aSteadyErrorRateIsNotASpike() {
    var steady = lines("checkout", "ERROR", "cache miss for key %d", START, 40, 30);

    assertThat(rule.evaluate(context(logs("ev-l", "checkout", steady)))).isEmpty();
  }

  @Test
  void errorsNamingAnotherServicePointAtThatDependency() {
    var errors = lines("checkout", "ERROR", "call to payments-api failed after %dms: 503",
        minutesBeforeAlert(5), 30, 5);
    var payments = series("ev-p", "http_request_duration_seconds_p99", Map.of("service", "payments-api"),
        0.1, 0.1, null);

    Finding f = rule.evaluate(context(logs("ev-l", "checkout", errors), payments)).get(0);

    assertThat(f.hints()).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo(RootCauseKind.DEPENDENCY);
      assertThat(h.service()).isEqualTo("payments-api");
    });
  }
}
