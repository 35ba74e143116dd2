package dev.firebreak.api.warroom;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.incident.IncidentViews;
import dev.firebreak.api.slack.SlackThreadLinks;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the war room from the same reads as the REST API ({@link IncidentQueries#detail},
 * {@link IncidentQueries#evidence}, {@link IncidentQueries#postmortem}); it only arranges what
 * they return, it decides nothing about the incident.
 */
@Component
class WarRoomAssembler {
  private final IncidentQueries queries;
  private final EvidenceAssembler evidence;
  private final MarkdownRenderer markdown;
  private final WarroomProperties props;
  private final SlackThreadLinks slack;
  private final String namespace;
  private final Clock clock = Clock.systemUTC();

  WarRoomAssembler(IncidentQueries queries, EvidenceAssembler evidence, MarkdownRenderer markdown,
      WarroomProperties props, SlackThreadLinks slack, FirebreakProperties firebreak) {
    this.queries = queries;
    this.slack = slack;
    this.evidence = evidence;
    this.markdown = markdown;
    this.props = props;
    this.namespace = firebreak.temporal().namespace();
  }

  WarRoom assemble(String id) {
    IncidentViews.Detail detail = queries.detail(id);
    Citations citations = new Citations(detail);
    EvidenceAssembler.Panels panels = evidence.panels(detail, citations);
    return new WarRoom(header(detail), timeline(detail, citations), panels.charts(), panels.logPatterns(),
        panels.logs(), panels.deploys(), panels.screenshots(), panels.other(), findings(detail, citations),
        hypotheses(detail, citations), actions(detail, citations), detail.similar(), postmortem(detail));
  }

  private WarRoom.Header header(IncidentViews.Detail d) {
    IncidentViews.Summary s = d.incident();
    Instant end = s.resolvedAt() == null ? clock.instant() : s.resolvedAt();
    // The commander is shown in its own place (or whoever acknowledged); the other roles follow it.
    Map<String, String> otherRoles = new LinkedHashMap<>();
    d.roles().forEach((role, holder) -> {
      if (role != IncidentRole.COMMANDER && holder != null) {
        otherRoles.put(role.label(), holder.name());
      }
    });
    return new WarRoom.Header(s, Severity.of(s.severity()), StatusLabel.of(s.status()),
        Durations.between(s.openedAt(), end), Durations.between(s.openedAt(), s.acknowledgedAt()),
        d.workflowId(), props.hasTemporalUi() ? props.workflowUrl(namespace, d.workflowId()) : null,
        slack.threadUrl(s.id()).orElse(null), otherRoles);
  }

  /** Newest first: responders look at what just happened. */
  private static List<WarRoom.TimelineItem> timeline(IncidentViews.Detail d, Citations citations) {
    List<WarRoom.TimelineItem> items = new ArrayList<>();
    for (TimelineEvent e : d.timeline()) {
      items.add(new WarRoom.TimelineItem(e, e.actor() == null ? null : e.actor().name(),
          citations.of(e.refs())));
    }
    Collections.reverse(items);
    return items;
  }

  private static List<WarRoom.FindingItem> findings(IncidentViews.Detail d, Citations citations) {
    return d.findings().stream().map(f -> new WarRoom.FindingItem(f, Citations.anchor("finding", f.id()),
        citations.of(f.evidenceIds()))).toList();
  }

  private static List<WarRoom.HypothesisItem> hypotheses(IncidentViews.Detail d, Citations citations) {
    return d.hypotheses().stream().map((Hypothesis h) -> new WarRoom.HypothesisItem(h,
        Citations.anchor("hypothesis", h.id()), (int) Math.round(h.confidence() * 100),
        h.kind() == null ? "unknown" : h.kind().wireName().replace('_', ' '),
        citations.of(h.evidenceIds()), citations.of(h.findingIds()))).toList();
  }

  private static List<WarRoom.ActionItem> actions(IncidentViews.Detail d, Citations citations) {
    boolean open = StatusLabel.of(d.incident().status()).open();
    return d.actions().stream().map((ActionState a) -> new WarRoom.ActionItem(a,
        Citations.anchor("action", a.action().id()),
        open && !a.decided(),
        a.status().name().toLowerCase(Locale.ROOT),
        a.decidedBy() == null ? null : a.decidedBy().name(),
        a.action().hypothesisId() == null ? null : citations.of(a.action().hypothesisId()))).toList();
  }

  private WarRoom.PostmortemView postmortem(IncidentViews.Detail d) {
    if (!d.postmortemAvailable()) {
      return null;
    }
    IncidentViews.Postmortem pm = queries.postmortem(d.incident().id());
    return new WarRoom.PostmortemView(pm.markdown(), markdown.render(pm.markdown()), pm.updatedAt());
  }
}
