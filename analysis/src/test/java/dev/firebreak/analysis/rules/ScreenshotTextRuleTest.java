package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.evidence.Evidence;
import org.junit.jupiter.api.Test;

class ScreenshotTextRuleTest {
  private final ScreenshotTextRule rule = new ScreenshotTextRule();

  private static Evidence screenshot(String text) {
    return Evidence.screenshot("ev-screenshot-1", "upload", "checkout", "Screenshot uploaded", text,
        ALERT, "tesseract -l eng");
  }

  @Test
  void anErrorTheLogsCarryTooCorroboratesThemAndCitesBoth() {
    var logs = logs("ev-l", "checkout", lines("checkout", "ERROR",
        "HikariPool-1 - Connection is not available, request timed out after %dms", minutesBeforeAlert(5), 40, 5));
    var shot = screenshot("Checkout errors\nHikariPool-1 - Connection is not available, request timed out after 30000ms\n");

    Finding f = rule.evaluate(context(logs, shot)).get(0);

    assertThat(f.title()).startsWith("Screenshot ev-screenshot-1 shows `HikariPool-1 - Connection is not available")
        .endsWith("an error the logs of checkout carry too");
    assertThat(f.severity()).isEqualTo(FindingSeverity.MEDIUM);
    assertThat(f.evidenceIds()).containsExactly("ev-screenshot-1", "ev-l");
    assertThat(f.hints()).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(RootCauseKind.RESOURCE_SATURATION);
      assertThat(h.weight()).isLessThan(0.35); // a log pattern that spiked says more than a picture of it
    });
  }

  @Test
  void errorTextAloneIsALowFindingCitingTheScreenshot() {
    var shot = screenshot("Payments dashboard\n503 Service Unavailable from ledger\n");
    var ledger = series("ev-m", "http_request_duration_seconds_p99", java.util.Map.of("service", "ledger"),
        0.1, 0.1, null);

    Finding f = rule.evaluate(context(shot, ledger)).get(0);

    assertThat(f.severity()).isEqualTo(FindingSeverity.LOW);
    assertThat(f.evidenceIds()).containsExactly("ev-screenshot-1");
    assertThat(f.hints()).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo(RootCauseKind.DEPENDENCY);
      assertThat(h.service()).isEqualTo("ledger");
    });
  }

  @Test
  void aDashboardWithoutErrorTextSaysNothing() {
    var shot = screenshot("Checkout Latency Dashboard\np99 latency 2417 ms\n");
    var unrelated = logs("ev-l", "checkout", lines("checkout", "ERROR", "cache miss for key %d",
        minutesBeforeAlert(5), 10, 5));

    assertThat(rule.evaluate(context(shot, unrelated))).isEmpty();
  }

  @Test
  void aDifferentErrorInTheLogsDoesNotCorroborate() {
    var logs = logs("ev-l", "checkout", lines("checkout", "ERROR", "cache miss for key %d", minutesBeforeAlert(5), 10, 5));
    var shot = screenshot("disk full: no space left on device /var/lib/data\n");

    Finding f = rule.evaluate(context(logs, shot)).get(0);

    assertThat(f.evidenceIds()).containsExactly("ev-screenshot-1");
    assertThat(f.hints()).extracting(CauseHint::kind).contains(RootCauseKind.INFRASTRUCTURE);
  }
}
