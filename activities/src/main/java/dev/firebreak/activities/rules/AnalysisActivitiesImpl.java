package dev.firebreak.activities.rules;

import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.activities.persistence.IncidentRecords;
import dev.firebreak.analysis.ranking.HypothesisRanker;
import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.IncidentFacts;
import dev.firebreak.analysis.rules.RuleContext;
import dev.firebreak.analysis.rules.RuleRegistry;
import dev.firebreak.analysis.rules.RuleSettings;
import dev.firebreak.workflows.incident.AnalysisActivities;
import java.util.List;

/** Runs the rule registry over stored evidence and ranks what it finds. */
public class AnalysisActivitiesImpl implements AnalysisActivities {
  private final EvidenceStore evidence;
  private final IncidentRecords incidents;
  private final RuleRegistry rules;
  private final RuleSettings settings;
  private final HypothesisRanker ranker = new HypothesisRanker();

  public AnalysisActivitiesImpl(EvidenceStore evidence, IncidentRecords incidents, RuleRegistry rules,
      RuleSettings settings) {
    this.evidence = evidence;
    this.incidents = incidents;
    this.rules = rules;
    this.settings = settings;
  }

  @Override
  public List<Finding> runRules(IncidentFacts facts) {
    RuleContext context = new RuleContext(facts, evidence.load(facts.incidentId()),
        incidents.openIncidents(), settings);
    return rules.evaluate(context);
  }

  @Override
  public Ranking rankHypotheses(List<Finding> findings) {
    return ranker.rank(findings);
  }
}
