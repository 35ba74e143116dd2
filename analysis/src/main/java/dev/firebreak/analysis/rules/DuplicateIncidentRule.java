package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Another open incident shares an alert fingerprint, or the same service and alertname: the
 * responder may be about to work the same problem twice.
 */
public final class DuplicateIncidentRule implements Rule {

  @Override
  public String name() {
    return "duplicate-incident";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    IncidentFacts self = context.incident();
    List<String> alertEvidence =
        context.evidenceOf(EvidenceKind.ALERT).stream().map(Evidence::id).limit(1).toList();
    if (alertEvidence.isEmpty()) {
      return List.of();
    }
    FindingIds ids = new FindingIds(name());
    List<Finding> findings = new ArrayList<>();
    for (OpenIncident other : context.openIncidents()) {
      if (other.incidentId().equals(self.incidentId())) {
        continue;
      }
      Set<String> shared = new HashSet<>(other.fingerprints());
      shared.retainAll(self.fingerprints());
      boolean sameAlert =
          Objects.equals(other.service(), self.service())
              && self.alertname() != null
              && Objects.equals(other.alertname(), self.alertname());
      if (shared.isEmpty() && !sameAlert) {
        continue;
      }
      String why = shared.isEmpty()
          ? "same service " + self.service() + " and alert " + self.alertname()
          : "shares alert fingerprint " + shared.iterator().next();
      findings.add(
          new Finding(ids.next(), name(), FindingSeverity.MEDIUM,
              "Possible duplicate of open incident " + other.incidentId() + " (" + why + ")",
              other.title() + ", opened " + other.openedAt(), self.service(), alertEvidence,
              List.of()));
    }
    return findings;
  }
}
