package dev.firebreak.analysis.rules;

import java.util.Locale;

/** The root-cause vocabulary shared by rules, the ranker, scenarios and postmortems. */
public enum RootCauseKind {
  DEPLOY,
  CONFIG_CHANGE,
  DEPENDENCY,
  RESOURCE_SATURATION,
  TRAFFIC_SURGE,
  INFRASTRUCTURE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RootCauseKind fromWire(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
