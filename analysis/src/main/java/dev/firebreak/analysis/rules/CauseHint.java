package dev.firebreak.analysis.rules;

/**
 * A finding's vote for a root cause. The ranker combines hints for the same cause; {@code weight}
 * in (0,1] is how strongly this finding alone supports it.
 *
 * @param ref what to point at: a commit for deploys, a node for infrastructure, else null
 */
public record CauseHint(RootCauseKind kind, String service, String ref, double weight, String reason) {

  public CauseHint {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("cause hint weight must be in (0,1], was " + weight);
    }
  }

  public String key() {
    return kind.wireName() + "|" + service + "|" + (ref == null ? "" : ref);
  }
}
