package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The incident's card: posted once when triage completes, then updated in place with every change.
 * Built from the state alone, so rebuilding it after a restart gives the same card.
 */
public final class TriageCard {
  private TriageCard() {}

  public static List<LayoutBlock> blocks(IncidentState s) {
    List<LayoutBlock> blocks = new ArrayList<>(CardHeader.blocks(s));
    blocks.add(divider());
    blocks.addAll(CardFindings.blocks(s));
    blocks.addAll(CardHypotheses.blocks(s));
    blocks.addAll(CardSimilar.blocks(s));
    blocks.addAll(CardActions.blocks(s));
    blocks.add(context("footer", List.of(markdownText("Firebreak · `" + s.incidentId + "`"))));
    return blocks;
  }

  /** The notification text (and the fallback for clients that cannot show blocks). */
  public static String fallbackText(IncidentState s) {
    return "[" + (s.severity == null ? "sev?" : s.severity.toUpperCase(Locale.ROOT)) + "] " + s.title
        + " — " + s.status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + s.incidentId + ")";
  }
}
