package dev.firebreak.analysis.rules;

/** Finding ids are derived from the rule and a counter so a re-run yields the same ids. */
final class FindingIds {
  private final String rule;
  private int next = 1;

  FindingIds(String rule) {
    this.rule = rule;
  }

  String next() {
    return "f-" + rule + "-" + next++;
  }
}
