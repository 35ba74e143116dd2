package dev.firebreak.activities.hypotheses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {
  private final Redactor redactor = new Redactor(List.of(), List.of());

  private static Map<String, Evidence> hugeLogs() {
    List<LogLine> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(new LogLine(Fixtures.T, "checkout", "ERROR",
          "Timeout waiting for connection from pool after " + (30000 + i) + "ms ".repeat(20)));
    }
    return Map.of("ev-logs-1", Evidence.logs("ev-logs-1", "context", "checkout", lines,
        Fixtures.T.minusSeconds(60), Fixtures.T, "logs"));
  }

  @Test
  void withinBudgetTheLargestEvidenceIsSummarisedFirstAndEveryIdStaysListed() {
    Prompt roomy = new PromptBuilder(redactor, 100_000).build(Fixtures.request("r"), hugeLogs());
    assertThat(roomy.user()).contains("after 30000ms").contains("more lines");

    Prompt tight = new PromptBuilder(redactor, 900).build(Fixtures.request("r"), hugeLogs());

    assertThat(tight.estimatedTokens()).isLessThanOrEqualTo(900);
    assertThat(tight.user()).doesNotContain("after 30000ms").contains("detail lines omitted");
    // the small items were not touched
    assertThat(tight.user()).contains("deploy a39bf2c to checkout by dana: Resize connection pool");
    assertThat(tight.user()).contains("[ev-deploy-1]", "[ev-logs-1]", "[ev-metric-1]");
    assertThat(tight.evidenceIds()).containsExactly("ev-deploy-1", "ev-logs-1", "ev-metric-1");
  }

  @Test
  void theSystemPromptOffersExactlyTheCatalogue() {
    assertThat(PromptBuilder.system()).contains("deploy, config_change, dependency, resource_saturation, "
        + "traffic_surge, infrastructure", "rollback, revert_config, page_team, scale_up, scale_out, cordon_node");
  }
}
