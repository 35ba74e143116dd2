package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentDeployRuleTest {
  private final RecentDeployRule rule = new RecentDeployRule();
  private static final Map<String, String> CHECKOUT = Map.of("service", "checkout");

  @Test
  void deployFollowedByALatencyShiftIsAStrongDeployHypothesis() {
    var deploy = deploy("ev-d", "checkout", "a39bf2c", minutesBeforeAlert(6), "src/Pool.java");
    var latency = series("ev-m", "http_request_duration_seconds_p99", CHECKOUT, 0.12, 0.9, minutesBeforeAlert(5));

    List<Finding> findings = rule.evaluate(context(deploy, latency));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(FindingSeverity.HIGH);
      assertThat(f.title()).contains("a39bf2c").contains("6 min before").contains("shifted +");
      assertThat(f.evidenceIds()).containsExactly("ev-d", "ev-m");
      assertThat(f.hints()).singleElement().satisfies(h -> {
        assertThat(h.kind()).isEqualTo(RootCauseKind.DEPLOY);
        assertThat(h.ref()).isEqualTo("a39bf2c");
        assertThat(h.weight()).isGreaterThanOrEqualTo(0.8);
      });
    });
  }

  @Test
  void theSameSeriesFromTwoSourcesIsOneEffectCitingBoth() {
    var deploy = deploy("ev-d", "checkout", "a39bf2c", minutesBeforeAlert(6), "src/Pool.java");
    var fromPrometheus = series("ev-p", "http_request_duration_seconds_p99", CHECKOUT, 0.12, 0.9, minutesBeforeAlert(5));
    var fromScenario = series("ev-s", "http_request_duration_seconds_p99", CHECKOUT, 0.12, 0.9, minutesBeforeAlert(5));

    Finding f = rule.evaluate(context(deploy, fromPrometheus, fromScenario)).get(0);

    assertThat(f.evidenceIds()).containsExactly("ev-d", "ev-p", "ev-s");
    assertThat(f.title().split("http_request_duration_seconds_p99", -1)).hasSize(2);
  }

  @Test
  void deployWithNoVisibleEffectIsOnlyAWeakHint() {
    var deploy = deploy("ev-d", "checkout", "a39bf2c", minutesBeforeAlert(6), "src/Pool.java");
    var flat = series("ev-m", "http_request_duration_seconds_p99", CHECKOUT, 0.12, 0.12, null);

    Finding f = rule.evaluate(context(deploy, flat)).get(0);

    assertThat(f.evidenceIds()).containsExactly("ev-d");
    assertThat(f.hints().get(0).weight()).isLessThan(0.3);
  }

  @Test
  void configOnlyPushIsAConfigChange() {
    var push = deploy("ev-d", "checkout", "c0ffee1", minutesBeforeAlert(4), "deploy/helm/values-prod.yaml");

    Finding f = rule.evaluate(context(push)).get(0);

    assertThat(f.title()).startsWith("Config push c0ffee1");
    assertThat(f.hints().get(0).kind()).isEqualTo(RootCauseKind.CONFIG_CHANGE);
  }

  @Test
  void deploysAfterTheAlertOrBeyondTheLookbackAreIgnored() {
    var after = deploy("ev-a", "checkout", "late", ALERT.plusSeconds(60), "src/A.java");
    var old = deploy("ev-o", "checkout", "old", minutesBeforeAlert(180), "src/A.java");

    assertThat(rule.evaluate(context(after, old))).isEmpty();
  }

  @Test
  void newErrorsRightAfterTheDeployAlsoCountAsItsEffect() {
    var deploy = deploy("ev-d", "checkout", "a39bf2c", minutesBeforeAlert(6), "src/Pool.java");
    var logs = logs("ev-l", "checkout", lines("checkout", "ERROR", "Timeout waiting for connection after %dms",
        minutesBeforeAlert(5), 20, 10));

    Finding f = rule.evaluate(context(deploy, logs)).get(0);

    assertThat(f.evidenceIds()).containsExactly("ev-d", "ev-l");
    assertThat(f.title()).contains("new error logs appeared");
  }
}
