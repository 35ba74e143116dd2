package dev.firebreak.analysis.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.rules.CauseHint;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.RootCauseKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HypothesisRankerTest {
  private final HypothesisRanker ranker = new HypothesisRanker();

  static Finding finding(String id, String evidence, CauseHint... hints) {
    return new Finding(id, "rule", FindingSeverity.HIGH, id, "", "checkout", List.of(evidence), List.of(hints));
  }

  static CauseHint hint(RootCauseKind kind, String service, String ref, double w) {
    return new CauseHint(kind, service, ref, w, kind + " " + service);
  }

  @Test
  void aDeployThatExplainsTheSaturationOutranksTheSaturation() {
    Ranking r = ranker.rank(List.of(
        finding("f1", "ev-deploy", hint(RootCauseKind.DEPLOY, "checkout", "a39bf2c", 0.85)),
        finding("f2", "ev-pool", hint(RootCauseKind.RESOURCE_SATURATION, "checkout", null, 0.7)),
        finding("f3", "ev-logs", hint(RootCauseKind.RESOURCE_SATURATION, "checkout", null, 0.35))));

    assertThat(r.hypotheses()).extracting(Hypothesis::kind)
        .containsExactly(RootCauseKind.DEPLOY, RootCauseKind.RESOURCE_SATURATION);
    assertThat(r.hypotheses().get(1).confidence()).isLessThan(0.5);
    assertThat(r.hypotheses().get(1).evidenceIds()).containsExactly("ev-pool", "ev-logs");
  }

  @Test
  void withoutAnExplainingEventSaturationIsTheTopCause() {
    Ranking r = ranker.rank(List.of(
        finding("f1", "ev-deploy", hint(RootCauseKind.DEPLOY, "checkout", "old1", 0.1)),
        finding("f2", "ev-pool", hint(RootCauseKind.RESOURCE_SATURATION, "checkout", null, 0.7))));

    assertThat(r.hypotheses().get(0).kind()).isEqualTo(RootCauseKind.RESOURCE_SATURATION);
    assertThat(r.hypotheses().get(0).confidence()).isEqualTo(0.7);
  }

  @Test
  void hintsForTheSameCauseCombineAndARefLessHintJoinsTheRefinedOne() {
    Ranking r = ranker.rank(List.of(
        finding("f1", "ev-node", hint(RootCauseKind.INFRASTRUCTURE, "search", "node-7", 0.8)),
        finding("f2", "ev-logs", hint(RootCauseKind.INFRASTRUCTURE, "search", null, 0.5))));

    assertThat(r.hypotheses()).singleElement().satisfies(h -> {
      assertThat(h.ref()).isEqualTo("node-7");
      assertThat(h.confidence()).isEqualTo(0.9);
      assertThat(h.findingIds()).containsExactly("f1", "f2");
    });
    assertThat(r.actions()).extracting(ProposedAction::kind).containsExactly(ActionKind.CORDON_NODE);
  }

  @Test
  void rankingDoesNotDependOnFindingOrder() {
    List<Finding> findings = new ArrayList<>(List.of(
        finding("f1", "e1", hint(RootCauseKind.TRAFFIC_SURGE, "api", null, 0.6)),
        finding("f2", "e2", hint(RootCauseKind.DEPENDENCY, "payments", null, 0.6)),
        finding("f3", "e3", hint(RootCauseKind.DEPLOY, "api", "abc", 0.3))));
    Ranking first = ranker.rank(findings);
    Collections.reverse(findings);

    assertThat(ranker.rank(findings).hypotheses()).extracting(Hypothesis::id)
        .containsExactlyElementsOf(first.hypotheses().stream().map(Hypothesis::id).toList());
  }

  @Test
  void onlyConfidentHypothesesProposeActionsAndEveryActionIsFromTheCatalogue() {
    Ranking r = ranker.rank(List.of(
        finding("f1", "e1", hint(RootCauseKind.DEPLOY, "checkout", "a39bf2c", 0.9)),
        finding("f2", "e2", hint(RootCauseKind.TRAFFIC_SURGE, "checkout", null, 0.1))));

    assertThat(r.actions()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("a-rollback-checkout-a39bf2c");
      assertThat(a.hypothesisId()).isEqualTo("h-deploy-checkout-a39bf2c");
    });
  }

  @Test
  void noHintsMeansNoHypotheses() {
    assertThat(ranker.rank(List.of(new Finding("f", "latency-tail", FindingSeverity.HIGH, "slow", "", "x",
        List.of("e"), List.of()))).hypotheses()).isEmpty();
  }
}
