package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.RetrievalActivities.SimilarIncidentRef;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Past postmortems and runbooks like this incident, with what matched: often the fastest lead. */
final class CardSimilar {
  static final int SHOWN = 3;

  private CardSimilar() {}

  static List<LayoutBlock> blocks(IncidentState s) {
    if (s.similar == null || s.similar.isEmpty()) {
      return List.of();
    }
    String text = s.similar.stream().limit(SHOWN).map(CardSimilar::line).collect(Collectors.joining("\n"));
    return List.of(section(sec -> sec.blockId("similar").text(markdownText(
        Mrkdwn.truncate("*Similar past incidents*\n" + text, Mrkdwn.SECTION_LIMIT)))));
  }

  private static String line(SimilarIncidentRef r) {
    String kind = r.kind() == null ? "document" : r.kind().toLowerCase(Locale.ROOT);
    String section = r.section() == null || r.section().isBlank() ? "" : ", " + Mrkdwn.escape(Mrkdwn.truncate(r.section(), 80));
    String why = r.why() == null || r.why().isBlank() ? "" : " — " + Mrkdwn.escape(Mrkdwn.truncate(r.why(), 200));
    return "• *" + Mrkdwn.escape(Mrkdwn.truncate(r.title(), 150)) + "* (" + kind + section + ")" + why
        + "\n    `" + Mrkdwn.escape(Mrkdwn.truncate(r.documentId(), 150)) + "`";
  }
}
