package dev.firebreak.analysis.ranking;

/** The catalogue of actions Firebreak may propose. Nothing outside it is ever suggested. */
public enum ActionKind {
  ROLLBACK,
  REVERT_CONFIG,
  PAGE_TEAM,
  SCALE_UP,
  SCALE_OUT,
  CORDON_NODE
}
