package dev.firebreak.workflows.incident;

import java.util.Locale;

/** The roles people take in an incident besides acknowledging it (the usual incident-command roles). */
public enum IncidentRole {
  /** Leads the response and decides. */
  COMMANDER,
  /** Keeps the record: notes, decisions, times. */
  SCRIBE,
  /** Keeps stakeholders and customers informed. */
  COMMUNICATIONS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
