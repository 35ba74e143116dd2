package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The strongest findings, each with the evidence it cites, so a claim can be checked at a glance. */
final class CardFindings {
  static final int SHOWN = 3;
  private static final int EVIDENCE_PER_FINDING = 2;

  private CardFindings() {}

  static List<LayoutBlock> blocks(IncidentState s) {
    if (s.findings.isEmpty()) {
      return List.of();
    }
    Map<String, EvidenceSummary> evidence = s.evidence.stream()
        .collect(Collectors.toMap(EvidenceSummary::id, Function.identity(), (a, b) -> a));
    String text = s.findings.stream()
        .sorted(Comparator.comparing(Finding::severity, Comparator.comparingInt(FindingSeverity::ordinal)).reversed())
        .limit(SHOWN)
        .map(f -> line(f, evidence))
        .collect(Collectors.joining("\n"));
    String more = s.findings.size() > SHOWN ? "\n_and " + (s.findings.size() - SHOWN) + " more_" : "";
    return List.of(section(sec -> sec.blockId("findings").text(markdownText(
        Mrkdwn.truncate("*Top findings*\n" + text + more, Mrkdwn.SECTION_LIMIT)))));
  }

  private static String line(Finding f, Map<String, EvidenceSummary> evidence) {
    String cited = f.evidenceIds().stream().limit(EVIDENCE_PER_FINDING)
        .map(id -> {
          EvidenceSummary e = evidence.get(id);
          String what = e == null || e.summary() == null ? "" : " " + Mrkdwn.escape(Mrkdwn.truncate(e.summary(), 140));
          return "`" + Mrkdwn.escape(id) + "`" + what;
        })
        .collect(Collectors.joining("; "));
    return "• *" + Mrkdwn.escape(Mrkdwn.truncate(f.title(), 200)) + "* (" + f.severity().name().toLowerCase()
        + ")" + (cited.isEmpty() ? "" : "\n    evidence: " + cited);
  }
}
