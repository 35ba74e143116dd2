package dev.firebreak.analysis.ranking;

import java.util.List;

/** The ranker's answer: hypotheses best first, and the actions they suggest. */
public record Ranking(List<Hypothesis> hypotheses, List<ProposedAction> actions) {

  public Ranking {
    hypotheses = List.copyOf(hypotheses);
    actions = List.copyOf(actions);
  }
}
