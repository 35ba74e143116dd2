package dev.firebreak.activities.postmortem;

import dev.firebreak.activities.persistence.PostmortemStore;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.PostmortemActivities;
import dev.firebreak.workflows.incident.RoleHolder;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drafts the postmortem from the incident as it stood at resolution. */
public class PostmortemDrafter implements PostmortemActivities {
  private final PostmortemStore store;
  private final PostmortemIndex index;
  private final PostmortemPolish polish;

  public PostmortemDrafter(PostmortemStore store) {
    this(store, PostmortemIndex.NONE, PostmortemPolish.NONE);
  }

  public PostmortemDrafter(PostmortemStore store, PostmortemIndex index) {
    this(store, index, PostmortemPolish.NONE);
  }

  public PostmortemDrafter(PostmortemStore store, PostmortemIndex index, PostmortemPolish polish) {
    this.store = store;
    this.index = index;
    this.polish = polish;
  }

  @Override
  public String draftPostmortem(IncidentState state) {
    PostmortemDraft draft = polished(draft(state));
    String markdown = PostmortemMarkdown.render(draft);
    store.saveDraft(state.incidentId, markdown, Json.write(draft));
    try {
      index.index(state.incidentId, frontMatter(draft) + markdown);
    } catch (RuntimeException e) {
      // the draft is stored; the next incident just will not find this one
      org.slf4j.LoggerFactory.getLogger(PostmortemDrafter.class)
          .warn("postmortem of {} not indexed: {}", state.incidentId, e.toString());
    }
    return markdown;
  }

  /** The draft with the model's narrative when it passed the check; the verdict either way. */
  private PostmortemDraft polished(PostmortemDraft draft) {
    try {
      PostmortemDraft.Narrative n = polish.polish(draft);
      return n == null ? draft : draft.withNarrative(n);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(PostmortemDrafter.class)
          .warn("postmortem polish of {} failed, draft kept: {}", draft.incidentId(), e.toString());
      return draft;
    }
  }

  static PostmortemDraft draft(IncidentState s) {
    // measured from when Firebreak opened the incident: alert times can come from another clock
    // (a replayed scenario, a late webhook), the workflow's clock is the one that measured the rest
    Instant start = s.openedAt;
    Instant end = s.resolvedAt == null ? start : s.resolvedAt;
    List<String> alerts = s.alerts.values().stream()
        .map(a -> a.alertname() + " (" + a.labels().getOrDefault("severity", "?") + ", " + a.status()
            + ", since " + a.startsAt() + ")")
        .toList();
    List<String> factors = s.findings.stream()
        .filter(f -> f.severity().compareTo(FindingSeverity.MEDIUM) >= 0)
        .map(f -> f.title() + " [evidence: " + String.join(", ", f.evidenceIds()) + "]")
        .toList();
    List<String> timeline = s.timeline.stream()
        .map(t -> t.at() + " — " + t.text() + (t.actor() == null ? "" : " (" + t.actor() + ")"))
        .toList();
    PostmortemDraft.RootCause cause = rootCause(s);
    return new PostmortemDraft(s.incidentId, s.title, s.service, s.severity,
        s.resolutionSummary == null ? s.title : s.resolutionSummary, start, end,
        Duration.between(start, end).toMinutes(), minutesBetween(start, s.acknowledgedAt),
        minutesBetween(start, s.mitigatedAt), minutesBetween(start, firstRanked(s)), s.alerts.size(),
        alerts, cause, factors, actionsTaken(s), followUps(s, cause), WhatWeKnew.of(s), similar(s),
        timeline, null);
  }

  private static List<String> actionsTaken(IncidentState s) {
    List<String> taken = new ArrayList<>();
    for (ActionState a : s.actions) {
      if (a.decided()) {
        boolean rejected = a.status() == ActionState.Status.REJECTED;
        taken.add(a.action().description() + " — " + (rejected ? "rejected" : "approved")
            + " by " + a.decidedBy()
            + (a.decidedAt() == null ? "" : " at T+" + WhatWeKnew.minutesAfter(s.openedAt, a.decidedAt()) + " min")
            + (a.reason() == null ? "" : " (" + a.reason() + ")")
            + switch (a.status()) {
              case EXECUTED -> "; executed: " + a.outcome();
              case FAILED -> "; failed: " + a.outcome();
              default -> "";
            });
      }
    }
    return taken;
  }

  /** When the first ranking was on the timeline: the end of triage as responders saw it. */
  private static Instant firstRanked(IncidentState s) {
    return s.timeline.stream().filter(t -> t.type().equals("hypotheses")).map(TimelineEvent::at)
        .findFirst().orElse(null);
  }

  private static List<PostmortemDraft.SimilarLink> similar(IncidentState s) {
    return s.similar.stream().map(r -> new PostmortemDraft.SimilarLink(r.title(), r.documentId(),
        href(r.documentId()), r.section(), r.score(), r.rootCauseKind(), r.why())).toList();
  }

  /** Firebreak's own drafts live under {@code incidents/<id>.md} in the index and have a war room. */
  static String href(String documentId) {
    if (documentId != null && documentId.startsWith("incidents/") && documentId.endsWith(".md")) {
      String id = documentId.substring("incidents/".length(), documentId.length() - ".md".length());
      if (id.matches("[A-Za-z0-9_-]+")) {
        return "/incidents/" + id;
      }
    }
    return null;
  }

  private static PostmortemDraft.RootCause rootCause(IncidentState s) {
    Hypothesis confirmed = s.hypotheses.stream()
        .filter(h -> h.id().equals(s.confirmedHypothesisId)).findFirst().orElse(null);
    Hypothesis chosen = confirmed != null ? confirmed
        : s.hypotheses.isEmpty() ? null : s.hypotheses.get(0);
    if (chosen == null) {
      return new PostmortemDraft.RootCause(null, null, null,
          "No root cause was identified from the evidence.", false, null, List.of());
    }
    return new PostmortemDraft.RootCause(chosen.kind().wireName(), chosen.service(), chosen.ref(),
        chosen.cause(), confirmed != null,
        confirmed != null && s.resolvedBy != null ? s.resolvedBy.toString() : null, chosen.evidenceIds());
  }

  private static List<String> followUps(IncidentState s, PostmortemDraft.RootCause cause) {
    List<String> items = new ArrayList<>();
    if (!cause.confirmed()) {
      items.add("Confirm the root cause: it was not confirmed at resolution");
    }
    if (cause.kind() != null) {
      items.add(switch (cause.kind()) {
        case "deploy" -> "Add a canary check on " + cause.service() + " that would have caught " + cause.ref();
        case "config_change" -> "Validate config pushes to " + cause.service() + " before rollout";
        case "dependency" -> "Add timeouts, circuit breaking and fallbacks for calls to " + cause.service();
        case "resource_saturation" -> "Alert on saturation of " + cause.service() + " before it is exhausted";
        case "traffic_surge" -> "Review autoscaling and rate limits for " + cause.service();
        default -> "Review node health checks and capacity under " + cause.service();
      });
    }
    if (s.acknowledgedAt == null || s.escalatedAt != null) {
      items.add("Review on-call response: the incident " + (s.escalatedAt != null ? "escalated" : "was never acknowledged"));
    }
    String owner = defaultOwner(s);
    return items.stream().map(i -> i + " — owner: " + owner).toList();
  }

  /** Who knew the incident best: its commander, else whoever acknowledged it, else whoever approved an action. */
  static String defaultOwner(IncidentState s) {
    RoleHolder commander = s.roles.get(IncidentRole.COMMANDER);
    if (commander != null) {
      return commander.name();
    }
    if (s.acknowledgedBy != null) {
      return s.acknowledgedBy.name();
    }
    return s.actions.stream()
        .filter(a -> a.decided() && a.status() != ActionState.Status.REJECTED && a.decidedBy() != null)
        .map(a -> a.decidedBy().name()).findFirst().orElse("unassigned");
  }

  /** The front matter the knowledge index reads (the same format as imported postmortems). */
  static String frontMatter(PostmortemDraft d) {
    String date = d.startedAt() == null ? "" : d.startedAt().toString().substring(0, 10);
    return "---\ntitle: " + d.title().replace('\n', ' ') + "\ndate: " + date + "\nservices: [" + d.service()
        + "]\nseverity: " + d.severity() + "\nroot_cause_kind: "
        + (d.rootCause().kind() == null ? "unknown" : d.rootCause().kind()) + "\ntags: [firebreak-draft]\n---\n";
  }

  private static Long minutesBetween(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).toMinutes();
  }
}
