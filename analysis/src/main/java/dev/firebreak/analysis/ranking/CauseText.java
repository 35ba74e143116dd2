package dev.firebreak.analysis.ranking;

import dev.firebreak.analysis.rules.CauseHint;

/** One sentence per hypothesis, in words a responder reads at 3 a.m. */
final class CauseText {
  private CauseText() {}

  static String describe(CauseHint cause, String strongestReason) {
    String s = cause.service();
    String headline = switch (cause.kind()) {
      case DEPLOY -> "Deploy " + cause.ref() + " to " + s + " introduced a regression";
      case CONFIG_CHANGE -> "Config push " + cause.ref() + " to " + s + " broke it";
      case DEPENDENCY -> "Downstream dependency " + s + " is degraded";
      case RESOURCE_SATURATION -> s + " ran out of a resource";
      case TRAFFIC_SURGE -> "A traffic surge overloaded " + s;
      case INFRASTRUCTURE -> "Infrastructure under " + s + " failed"
          + (cause.ref() == null ? "" : " (" + cause.ref() + ")");
    };
    return headline + " — " + strongestReason;
  }
}
