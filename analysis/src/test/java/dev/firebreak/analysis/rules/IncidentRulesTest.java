package dev.firebreak.analysis.rules;

import static dev.firebreak.analysis.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

  @Test
  void openIncidentWithTheSameFingerprintIsAPossibleDuplicate() {
    var other = new OpenIncident("inc-0", "older", "search", "DiskFull", Set.of("fp1"), START);

    Finding f = new DuplicateIncidentRule().evaluate(contextWith(List.of(other), alert())).get(0);

    assertThat(f.title()).isEqualTo("Possible duplicate of open incident inc-0 (shares alert fingerprint fp1)");
    assertThat(f.evidenceIds()).containsExactly("ev-alert");
  }

  @Test
  void sameServiceAndAlertnameIsAPossibleDuplicateButTheIncidentItselfIsNot() {
    var same = new OpenIncident("inc-0", "older", "checkout", "HighLatency", Set.of("zz"), START);
    var self = new OpenIncident("inc-1", "this one", "checkout", "HighLatency", Set.of("fp1"), START);
    var unrelated = new OpenIncident("inc-2", "other", "search", "HighLatency", Set.of("yy"), START);

    List<Finding> findings = new DuplicateIncidentRule().evaluate(contextWith(List.of(same, self, unrelated), alert()));

    assertThat(findings).extracting(Finding::title)
        .containsExactly("Possible duplicate of open incident inc-0 (same service checkout and alert HighLatency)");
  }

  @Test
  void routesByTeamLabelFirstThenByConfiguredRoutes() {
    var facts = new IncidentFacts("inc-1", "checkout", "X", ALERT, Map.of("service", "checkout"), Set.of());
    var settings = new RuleSettings(RuleSettings.DEFAULT_DEPLOY_LOOKBACK, 1, 3,
        Map.of("service=checkout", "payments-team", "service=search", "search-team"), true);
    var routed = new TeamRoutingRule().evaluate(new RuleContext(facts, List.of(alert()), List.of(), settings));

    assertThat(routed).extracting(Finding::title).containsExactly("Route to team payments-team");

    var labelled = new IncidentFacts("inc-1", "checkout", "X", ALERT,
        Map.of("service", "checkout", "team", "sre"), Set.of());
    assertThat(new TeamRoutingRule().evaluate(new RuleContext(labelled, List.of(alert()), List.of(), settings)))
        .extracting(Finding::title).containsExactly("Route to team sre");
  }

  @Test
  void aRuleThatThrowsBecomesALowFindingAndTheOthersStillRun() {
    Rule broken = new Rule() {
      public String name() {
        return "broken";
      }

      public List<Finding> evaluate(RuleContext context) {
        throw new IllegalStateException("boom");
      }
    };
    var registry = new RuleRegistry(List.of(broken, new TeamRoutingRule()));
    var facts = new IncidentFacts("inc-1", "checkout", "X", ALERT, Map.of("team", "sre"), Set.of());

    List<Finding> findings = registry.evaluate(new RuleContext(facts, List.of(alert()), List.of(),
        RuleSettings.defaults()));

    assertThat(findings).extracting(Finding::title)
        .containsExactly("Rule broken failed: IllegalStateException", "Route to team sre");
    assertThat(findings.get(0).severity()).isEqualTo(FindingSeverity.LOW);
  }
}
