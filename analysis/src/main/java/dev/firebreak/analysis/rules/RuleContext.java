package dev.firebreak.analysis.rules;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.util.List;

/** Everything a rule may read. Rules never fetch anything themselves. */
public record RuleContext(
    IncidentFacts incident,
    List<Evidence> evidence,
    List<OpenIncident> openIncidents,
    RuleSettings settings) {

  public RuleContext {
    evidence = List.copyOf(evidence);
    openIncidents = List.copyOf(openIncidents);
  }

  public List<Evidence> evidenceOf(EvidenceKind kind) {
    return evidence.stream().filter(e -> e.kind() == kind).toList();
  }
}
