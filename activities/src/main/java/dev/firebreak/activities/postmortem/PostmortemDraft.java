package dev.firebreak.activities.postmortem;

import java.time.Instant;
import java.util.List;

/**
 * The structured postmortem; the markdown is rendered from it and both are stored. Everything in it
 * comes from the incident as the workflow recorded it — except {@code narrative}, prose a model may
 * add, and only after {@link ProseCheck} found nothing in it the rest of the draft does not say.
 *
 * @param minutesToFirstHypothesis from opening to the first ranked hypotheses (triage), or null
 * @param alertsInvolved distinct alerts (by fingerprint) the incident saw
 * @param whatWeKnewWhen the timeline as knowledge and decisions, oldest first
 * @param similarIncidents the past incidents responders were shown during the incident
 * @param narrative the model's prose and whether it was kept; null when no model was asked
 */
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
    Long minutesToFirstHypothesis,
    int alertsInvolved,
    List<String> alerts,
    RootCause rootCause,
    List<String> contributingFactors,
    List<String> actionsTaken,
    List<String> followUps,
    List<KnownAt> whatWeKnewWhen,
    List<SimilarLink> similarIncidents,
    List<String> timeline,
    Narrative narrative) {

  /** @param confirmedBy who confirmed it when resolving; null when unconfirmed */
  public record RootCause(String kind, String service, String ref, String text, boolean confirmed,
      String confirmedBy, List<String> evidenceIds) {}

  /**
   * One moment of the incident: {@code known} is what responders knew right after it (evidence
   * and findings so far, the leading hypothesis).
   *
   * @param kind evidence, findings, hypotheses, similar, model, decision, action, alert, note,
   *     status, degraded, escalated
   */
  public record KnownAt(Instant at, long minutesIn, String kind, String who, String what,
      List<String> refs, String known) {}

  /** @param href where a reader can open it; null for documents only the knowledge index holds */
  public record SimilarLink(String title, String documentId, String href, String section, double score,
      String rootCauseKind, String why) {}

  /**
   * What a model wrote from the draft, and the check's verdict.
   *
   * @param text the prose; kept in the postmortem only when {@code accepted}
   * @param verdict why it was kept or rejected (the words the check found that the draft lacks)
   */
  public record Narrative(String model, boolean accepted, String text, String verdict) {}

  public PostmortemDraft withNarrative(Narrative n) {
    return new PostmortemDraft(incidentId, title, service, severity, summary, startedAt, resolvedAt,
        durationMinutes, minutesToAcknowledge, minutesToMitigate, minutesToFirstHypothesis,
        alertsInvolved, alerts, rootCause, contributingFactors, actionsTaken, followUps,
        whatWeKnewWhen, similarIncidents, timeline, n);
  }
}
