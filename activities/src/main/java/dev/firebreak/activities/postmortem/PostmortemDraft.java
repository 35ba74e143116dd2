package dev.firebreak.activities.postmortem;

import java.time.Instant;
import java.util.List;

/** The structured postmortem; the markdown is rendered from it and both are stored. */
public record PostmortemDraft(
    String incidentId,
    String title,
    String service,
    String severity,
    String summary,
    Instant startedAt,
    Instant resolvedAt,
    long durationMinutes,
    Long minutesToAcknowledge,
    Long minutesToMitigate,
    List<String> alerts,
    RootCause rootCause,
    List<String> contributingFactors,
    List<String> actionsTaken,
    List<String> followUps,
    List<String> timeline) {

  public record RootCause(String kind, String service, String ref, String text, boolean confirmed,
      List<String> evidenceIds) {}
}
