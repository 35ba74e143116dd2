package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Title, then the facts a responder reads first: severity, service, state, start, who is on it and in which role. */
final class CardHeader {
  private static final int HEADER_LIMIT = 150;

  private CardHeader() {}

  static List<LayoutBlock> blocks(IncidentState s) {
    String title = (s.status.isOpen() ? "🔥 " : "✅ ") + Mrkdwn.truncate(s.title, HEADER_LIMIT - 3);
    List<TextObject> fields = new ArrayList<>();
    fields.add(field("Severity", s.severity == null ? "unknown" : s.severity.toUpperCase(Locale.ROOT)));
    fields.add(field("Service", s.service));
    fields.add(field("State", s.status.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    fields.add(markdownText("*Started*\n" + Mrkdwn.date(s.openedAt)));
    onCall(s).ifPresent(who -> fields.add(field("On call", who)));
    if (s.acknowledgedBy != null) {
      fields.add(field("Acknowledged by", s.acknowledgedBy.name()));
    }
    s.roles.forEach((role, holder) -> fields.add(markdownText("*" + RoleText.title(role) + "*\n" + RoleText.who(holder))));
    if (s.resolvedBy != null) {
      fields.add(field("Resolved by", s.resolvedBy.name()));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.blockId("title").text(plainText(title, true))));
    blocks.add(section(sec -> sec.blockId("facts").fields(fields.subList(0, Math.min(10, fields.size())))));
    if (s.resolutionSummary != null && !s.resolutionSummary.isBlank()) {
      blocks.add(section(sec -> sec.blockId("resolution").text(markdownText(
          "*Resolution*\n" + Mrkdwn.truncate(Mrkdwn.escape(s.resolutionSummary), Mrkdwn.SECTION_LIMIT)))));
    }
    return blocks;
  }

  /**
   * Who is on call, when the alert or the team-routing rule says so. Real on-call schedules
   * (PagerDuty) are a later issue; until then the owning team is the best lead.
   */
  static java.util.Optional<String> onCall(IncidentState s) {
    for (String label : List.of("oncall", "on_call", "team")) {
      String v = s.labels.get(label);
      if (v != null && !v.isBlank()) {
        return java.util.Optional.of(v);
      }
    }
    return s.findings.stream().filter(f -> "team-routing".equals(f.rule())).map(Finding::title).findFirst();
  }

  private static TextObject field(String name, String value) {
    return markdownText("*" + name + "*\n" + Mrkdwn.escape(value == null || value.isBlank() ? "unknown" : value));
  }
}
