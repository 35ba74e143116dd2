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
    md.append("## Impact\n\n");
    md.append("- Started: ").append(d.startedAt()).append("\n");
    md.append("- Resolved: ").append(d.resolvedAt()).append("\n");
    md.append("- Duration: ").append(d.durationMinutes()).append(" min\n");
    md.append("- Time to acknowledge: ").append(minutes(d.minutesToAcknowledge())).append("\n");
    md.append("- Time to mitigate: ").append(minutes(d.minutesToMitigate())).append("\n");
    md.append("- Alerts involved: ").append(d.alerts().size()).append("\n");
    list(md, d.alerts(), "  - ");
    md.append("\n## Root cause").append(d.rootCause().confirmed() ? "" : " (unconfirmed)").append("\n\n");
    md.append(d.rootCause().text()).append("\n");
    if (!d.rootCause().evidenceIds().isEmpty()) {
      md.append("\nEvidence: ").append(String.join(", ", d.rootCause().evidenceIds())).append("\n");
    }
    section(md, "Contributing factors", d.contributingFactors());
    section(md, "Actions taken", d.actionsTaken());
    section(md, "Follow-ups", d.followUps());
    section(md, "Timeline", d.timeline());
    return md.toString();
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
