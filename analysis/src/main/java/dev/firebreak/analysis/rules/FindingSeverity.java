package dev.firebreak.analysis.rules;

/** How much a finding should weigh with a responder. */
public enum FindingSeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
