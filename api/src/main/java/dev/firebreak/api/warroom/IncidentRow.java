package dev.firebreak.api.warroom;

import dev.firebreak.api.incident.IncidentViews;
import java.time.Instant;

/**
 * One line of the incident list: the API's summary plus what a responder scans for. "On it" is the
 * commander when one was named, else whoever acknowledged.
 */
public record IncidentRow(
    IncidentViews.Summary incident,
    Severity severity,
    StatusLabel status,
    String age,
    String timeToAcknowledge,
    String onIt) {

  static IncidentRow of(IncidentViews.Summary s, Instant now) {
    Instant end = s.resolvedAt() == null ? now : s.resolvedAt();
    return new IncidentRow(s, Severity.of(s.severity()), StatusLabel.of(s.status()),
        Durations.between(s.openedAt(), end),
        Durations.between(s.openedAt(), s.acknowledgedAt()),
        s.commander() != null ? s.commander() + " (commander)" : s.acknowledgedBy());
  }

  public boolean open() {
    return status.open();
  }
}
