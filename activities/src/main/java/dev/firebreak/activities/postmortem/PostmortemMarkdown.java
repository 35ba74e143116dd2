package dev.firebreak.activities.postmortem;

import java.util.List;

/** Renders a postmortem draft as markdown. */
final class PostmortemMarkdown {
  private PostmortemMarkdown() {}

  static String render(PostmortemDraft d) {
    StringBuilder md = new StringBuilder();
    md.append("# Postmortem: ").append(d.title()).append("\n\n");
    md.append("_Incident ").append(d.incidentId()).append(" · service ").append(d.service())
        .append(" · severity ").append(d.severity()).append(" · draft by Firebreak_\n\n");
    md.append("## Summary\n\n").append(d.summary()).append("\n\n");
    PostmortemDraft.Narrative n = d.narrative();
    if (n != null && n.accepted()) {
      md.append("## Narrative\n\n").append(n.text().strip()).append("\n\n_Written by ").append(n.model())
          .append(" from this draft; ").append(n.verdict()).append("._\n\n");
    }
    md.append("## Impact\n\n");
    md.append("- Started: ").append(d.startedAt()).append("\n");
    md.append("- Resolved: ").append(d.resolvedAt()).append("\n");
    md.append("- Duration: ").append(d.durationMinutes()).append(" min\n");
    md.append("- Time to acknowledge: ").append(minutes(d.minutesToAcknowledge())).append("\n");
    md.append("- Time to first hypothesis: ").append(minutes(d.minutesToFirstHypothesis())).append("\n");
    md.append("- Time to mitigate: ").append(minutes(d.minutesToMitigate())).append("\n");
    md.append("- Alerts involved: ").append(d.alertsInvolved()).append("\n");
    list(md, d.alerts(), "  - ");
    PostmortemDraft.RootCause cause = d.rootCause();
    md.append("\n## Root cause").append(cause.confirmed() ? "" : " (unconfirmed)").append("\n\n");
    md.append(cause.text()).append("\n");
    if (cause.confirmed()) {
      md.append("\nConfirmed at resolve").append(cause.confirmedBy() == null ? "" : " by " + cause.confirmedBy())
          .append(".\n");
    } else if (cause.kind() != null) {
      md.append("\nNot confirmed at resolve: this was the leading hypothesis when the incident was resolved.\n");
    }
    if (!cause.evidenceIds().isEmpty()) {
      md.append("\nEvidence: ").append(String.join(", ", cause.evidenceIds())).append("\n");
    }
    section(md, "Contributing factors", d.contributingFactors());
    section(md, "Actions taken", d.actionsTaken());
    section(md, "Follow-ups", d.followUps());
    section(md, "What we knew when", d.whatWeKnewWhen().stream().map(PostmortemMarkdown::knownAt).toList());
    if (!d.whatWeKnewWhen().isEmpty()) {
      md.append("\nT+ counts minutes from when Firebreak opened the incident; all times are UTC.\n");
    }
    section(md, "Similar past incidents shown", d.similarIncidents().stream().map(PostmortemMarkdown::similar).toList());
    section(md, "Timeline", d.timeline());
    if (n != null && !n.accepted()) {
      md.append("\n_A prose polish by ").append(n.model()).append(" was not used: ").append(n.verdict())
          .append(". The draft stands as Firebreak wrote it._\n");
    }
    return md.toString();
  }

  private static String knownAt(PostmortemDraft.KnownAt k) {
    return "**T+" + k.minutesIn() + " min** (" + k.at() + ") · " + k.kind() + " · " + k.who() + ": "
        + oneLine(k.what()) + " — _known then: " + k.known() + "_";
  }

  private static String similar(PostmortemDraft.SimilarLink s) {
    String name = s.href() == null ? s.title() + " (`" + s.documentId() + "`)"
        : "[" + s.title() + "](" + s.href() + ")";
    return name + (s.section() == null ? "" : ", section " + s.section())
        + (s.rootCauseKind() == null ? "" : " · root cause " + s.rootCauseKind())
        + (s.why() == null ? "" : " — " + s.why());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static void section(StringBuilder md, String title, List<String> items) {
    md.append("\n## ").append(title).append("\n\n");
    if (items.isEmpty()) {
      md.append("None.\n");
    }
    list(md, items, "- ");
  }

  private static void list(StringBuilder md, List<String> items, String bullet) {
    items.forEach(i -> md.append(bullet).append(i).append("\n"));
  }

  private static String minutes(Long m) {
    return m == null ? "n/a" : m + " min";
  }
}
