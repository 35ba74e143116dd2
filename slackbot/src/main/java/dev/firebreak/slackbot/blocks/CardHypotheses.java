package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.List;
import java.util.stream.Collectors;

/** Ranked root-cause hypotheses with their confidence; the confirmed one is marked once resolved. */
final class CardHypotheses {
  static final int SHOWN = 3;

  private CardHypotheses() {}

  static List<LayoutBlock> blocks(IncidentState s) {
    String text = s.hypotheses.isEmpty()
        ? "_No root-cause hypothesis: the evidence points at nothing in particular._"
        : s.hypotheses.stream().limit(SHOWN).map(h -> line(h, s.confirmedHypothesisId))
            .collect(Collectors.joining("\n"));
    return List.of(section(sec -> sec.blockId("hypotheses").text(markdownText(
        Mrkdwn.truncate("*Hypotheses*\n" + text, Mrkdwn.SECTION_LIMIT)))));
  }

  private static String line(Hypothesis h, String confirmedId) {
    String confirmed = h.id().equals(confirmedId) ? " ✔ _confirmed root cause_" : "";
    return h.rank() + ". " + Mrkdwn.escape(Mrkdwn.truncate(h.cause(), 300)) + " — *" + Mrkdwn.percent(h.confidence())
        + "* (" + h.kind().name().toLowerCase().replace('_', ' ') + ")" + confirmed;
  }
}
