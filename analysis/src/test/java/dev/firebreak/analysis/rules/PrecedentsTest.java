package dev.firebreak.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.ranking.HypothesisRanker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecedentsTest {
  private static Finding finding(String id, RootCauseKind kind, String service, String ref, double weight) {
    return new Finding(id, "rule", FindingSeverity.HIGH, "t", "d", service, List.of("ev-" + id),
        List.of(new CauseHint(kind, service, ref, weight, "evidence for " + id)));
  }

  private static final List<Finding> EVIDENCE = List.of(
      finding("f-deploy", RootCauseKind.DEPLOY, "checkout", "a39bf2c", 0.5),
      finding("f-pool", RootCauseKind.RESOURCE_SATURATION, "checkout", null, 0.5));

  private static List<Hypothesis> rank(List<Finding> findings) {
    return new HypothesisRanker().rank(findings).hypotheses();
  }

  @Test
  void aMatchingPastIncidentRaisesTheHypothesisItMatchesAndCitesThePostmortem() {
    var past = List.of(new Precedents.PastIncident("ev-similar-1", "Pool exhausted after a release",
        "resource_saturation", List.of("checkout"), 0.9));

    List<Finding> precedents = Precedents.findings(EVIDENCE, past);
    List<Finding> all = new ArrayList<>(EVIDENCE);
    all.addAll(precedents);

    assertThat(precedents).singleElement().satisfies(f -> {
      assertThat(f.evidenceIds()).containsExactly("ev-similar-1");
      assertThat(f.hints().get(0).weight()).isEqualTo(0.18);
    });
    Hypothesis before = rank(EVIDENCE).stream().filter(h -> h.kind() == RootCauseKind.RESOURCE_SATURATION)
        .findFirst().orElseThrow();
    Hypothesis after = rank(all).stream().filter(h -> h.kind() == RootCauseKind.RESOURCE_SATURATION)
        .findFirst().orElseThrow();
    assertThat(after.confidence()).isGreaterThan(before.confidence());
    assertThat(after.evidenceIds()).contains("ev-similar-1");
    assertThat(after.cause()).contains("evidence for f-pool");
    assertThat(rank(all)).hasSameSizeAs(rank(EVIDENCE));
  }

  @Test
  void aPastIncidentNeverProposesACauseTheEvidenceDoesNotSuspect() {
    var past = List.of(
        new Precedents.PastIncident("ev-similar-1", "DNS outage", "infrastructure", List.of("checkout"), 0.95),
        new Precedents.PastIncident("ev-similar-2", "Bad deploy of ledger", "deploy", List.of("ledger"), 0.95),
        new Precedents.PastIncident("ev-similar-3", "Weak match", "deploy", List.of("checkout"), 0.1),
        new Precedents.PastIncident("ev-similar-4", "Unknown kind", "cosmic_rays", List.of(), 0.9));

    assertThat(Precedents.findings(EVIDENCE, past)).isEmpty();
  }

  @Test
  void neverOutweighsTheEvidenceItJoins() {
    List<Finding> weak = List.of(finding("f-deploy", RootCauseKind.DEPLOY, "checkout", "a39bf2c", 0.1));
    var past = List.of(new Precedents.PastIncident("ev-similar-1", "Bad deploy", "deploy", List.of(), 1.0));

    assertThat(Precedents.findings(weak, past)).singleElement()
        .satisfies(f -> assertThat(f.hints().get(0).weight()).isEqualTo(0.1));
  }
}
