package dev.firebreak.api.warroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTextTest {

  static Finding finding(String rule, String title, String detail) {
    return new Finding("f-" + rule + "-1", rule, FindingSeverity.MEDIUM, title, detail, "checkout",
        List.of("ev-1"), List.of());
  }

  @Test
  void anomalyFindingGivesTheInstantTheDetectorFlagged() {
    Finding f = finding("metric-anomaly", "Anomaly in http_request_duration_seconds_p99 of checkout from "
        + "2026-03-01T10:07:45Z (level shift, value 2.94, expected 0.186–0.273), 1 min before the alert", "score 0.9");
    assertThat(FindingText.anomalyFlaggedAt(f)).contains(Instant.parse("2026-03-01T10:07:45Z"));
  }

  @Test
  void otherRulesAndUnexpectedWordingGiveNoInstant() {
    assertThat(FindingText.anomalyFlaggedAt(finding("latency-tail", "from 2026-03-01T10:07:45Z", ""))).isEmpty();
    assertThat(FindingText.anomalyFlaggedAt(finding("metric-anomaly", "Anomaly somewhere", ""))).isEmpty();
  }

  @Test
  void errorSpikeDetailGivesOnePatternPerLine() {
    Finding f = finding("error-log-spike", "Error spike", """
        `Timeout waiting for connection from pool after <*>` ×15, new in the last 2 min e.g. Timeout waiting for connection from pool after 30000ms
        `POST <*> failed` ×9, up from 1 in the baseline e.g. POST /api/v2/checkout failed
        something the page does not understand""");
    assertThat(FindingText.logPatterns(f)).containsExactly(
        new FindingText.LogPattern("Timeout waiting for connection from pool after <*>", 15, "new in the last 2 min",
            "Timeout waiting for connection from pool after 30000ms"),
        new FindingText.LogPattern("POST <*> failed", 9, "up from 1 in the baseline", "POST /api/v2/checkout failed"),
        new FindingText.LogPattern("something the page does not understand", null, null, null));
  }
}
