package dev.firebreak.activities.postmortem;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "What we knew when": the incident's timeline read as a story of knowledge and decisions. Each
 * entry says when (and how long after the incident opened) something arrived or was decided, by
 * whom, and what the responders knew at that moment — how much evidence, how many findings, which
 * hypothesis led. Hindsight is the enemy of a fair postmortem; this is the view without it.
 */
final class WhatWeKnew {
  /** Timeline types that are bookkeeping, not knowledge or decisions. */
  private static final Set<String> SKIPPED = Set.of("postmortem", "resumed");
  private static final Pattern EVIDENCE_ID = Pattern.compile("\\bev-[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");
  private static final int MAX_LISTED = 4;

  private WhatWeKnew() {}

  static List<PostmortemDraft.KnownAt> of(IncidentState s) {
    Map<String, EvidenceSummary> evidence = s.evidence.stream()
        .collect(Collectors.toMap(EvidenceSummary::id, Function.identity(), (a, b) -> a));
    Map<String, Finding> findings = s.findings.stream()
        .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
    Map<String, Hypothesis> hypotheses = s.hypotheses.stream()
        .collect(Collectors.toMap(Hypothesis::id, Function.identity(), (a, b) -> a));
    Set<String> knownEvidence = new LinkedHashSet<>();
    Set<String> knownFindings = new LinkedHashSet<>();
    String leading = null;
    List<PostmortemDraft.KnownAt> out = new ArrayList<>();
    for (TimelineEvent t : s.timeline) {
      if (SKIPPED.contains(t.type())) {
        continue;
      }
      List<String> refs = t.refs();
      String kind = kind(t);
      if (kind.equals("note")) {
        // a note that brings an evidence id nobody had before (a screenshot) is evidence arriving
        List<String> fresh = ids(t.text()).stream().filter(id -> !knownEvidence.contains(id)).toList();
        if (!fresh.isEmpty()) {
          kind = "evidence";
          refs = fresh;
        }
      }
      String what = t.text();
      switch (kind) {
        case "evidence" -> {
          knownEvidence.addAll(refs);
          if (t.type().equals("evidence")) {
            what = refs.size() + " evidence items arrived" + listed(refs, id -> evidence(id, evidence));
          }
        }
        case "findings" -> {
          knownFindings.addAll(refs);
          what = t.text() + listed(refs, id -> findings.containsKey(id) ? findings.get(id).title() : id);
        }
        case "hypotheses" -> {
          if (!refs.isEmpty()) {
            leading = refs.get(0);
            what = "Hypotheses ranked" + listed(refs, id -> hypothesis(id, hypotheses));
          }
        }
        default -> { }
      }
      out.add(new PostmortemDraft.KnownAt(t.at(), minutesAfter(s.openedAt, t.at()), kind,
          t.actor() == null ? "firebreak" : t.actor().toString(), what, refs,
          knowledge(knownEvidence.size(), knownFindings.size(), leading, hypotheses)));
    }
    return out;
  }

  /** What the entry is about: a decision by a person, new knowledge, or what happened to alerts. */
  private static String kind(TimelineEvent t) {
    return switch (t.type()) {
      case "acknowledged", "approved", "rejected", "resolved", "role" -> "decision";
      case "action-executed", "action-failed" -> "action";
      case "escalated", "alerts-resolved" -> "alert";
      default -> t.type();
    };
  }

  private static String knowledge(int evidence, int findings, String leading, Map<String, Hypothesis> hypotheses) {
    StringBuilder sb = new StringBuilder().append(evidence).append(" evidence, ").append(findings)
        .append(" findings");
    if (leading != null) {
      Hypothesis h = hypotheses.get(leading);
      sb.append("; leading: ").append(leading);
      if (h != null) {
        sb.append(" (").append(Math.round(h.confidence() * 100)).append("%)");
      }
    }
    return sb.toString();
  }

  private static String evidence(String id, Map<String, EvidenceSummary> known) {
    EvidenceSummary e = known.get(id);
    return e == null ? id
        : id + " (" + e.kind().name().toLowerCase() + (e.source() == null ? "" : " from " + e.source()) + ")";
  }

  private static String hypothesis(String id, Map<String, Hypothesis> known) {
    Hypothesis h = known.get(id);
    return h == null ? id : h.rank() + ". " + h.cause() + " (" + Math.round(h.confidence() * 100) + "%)";
  }

  private static String listed(List<String> refs, Function<String, String> text) {
    if (refs.isEmpty()) {
      return "";
    }
    String shown = refs.stream().limit(MAX_LISTED).map(text).collect(Collectors.joining("; "));
    return ": " + shown + (refs.size() > MAX_LISTED ? "; and " + (refs.size() - MAX_LISTED) + " more" : "");
  }

  private static List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = EVIDENCE_ID.matcher(text == null ? "" : text);
    while (m.find()) {
      ids.add(m.group());
    }
    return ids;
  }

  static long minutesAfter(Instant start, Instant at) {
    return start == null || at == null ? 0 : Duration.between(start, at).toMinutes();
  }
}
