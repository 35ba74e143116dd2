package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposed actions with Approve/Reject while they await a decision (what was decided, and by whom,
 * afterwards), then the incident-wide buttons. A resolved incident shows no buttons at all.
 */
final class CardActions {
  /** Slack allows 50 blocks per message; the card never needs more than a handful of actions. */
  static final int SHOWN = 5;

  private CardActions() {}

  static List<LayoutBlock> blocks(IncidentState s) {
    List<LayoutBlock> blocks = new ArrayList<>();
    boolean open = s.status.isOpen();
    if (!s.actions.isEmpty()) {
      blocks.add(section(sec -> sec.blockId("actions-title").text(markdownText("*Proposed actions*"))));
    }
    for (ActionState a : s.actions.subList(0, Math.min(SHOWN, s.actions.size()))) {
      String id = a.action().id();
      String text = Mrkdwn.escape(Mrkdwn.truncate(a.action().description(), 500));
      blocks.add(section(sec -> sec.blockId("action-" + id).text(markdownText(text))));
      if (a.status() == ActionState.Status.PROPOSED && open) {
        blocks.add(actions("decide-" + id, List.of(
            button(b -> b.actionId(ActionIds.actionId(ActionIds.APPROVE, s.incidentId, id))
                .value(ActionIds.value(s.incidentId, id)).style("primary").text(plainText("Approve"))),
            button(b -> b.actionId(ActionIds.actionId(ActionIds.REJECT, s.incidentId, id))
                .value(ActionIds.value(s.incidentId, id)).style("danger").text(plainText("Reject"))))));
      } else {
        blocks.add(context("decision-" + id, List.of(markdownText(decision(a)))));
      }
    }
    if (open) {
      blocks.add(actions("incident", incidentButtons(s)));
    }
    return blocks;
  }

  private static List<BlockElement> incidentButtons(IncidentState s) {
    List<BlockElement> buttons = new ArrayList<>();
    if (s.acknowledgedAt == null) {
      buttons.add(incidentButton(ActionIds.ACKNOWLEDGE, s.incidentId, "Acknowledge", "primary"));
    }
    buttons.add(incidentButton(ActionIds.RESOLVE, s.incidentId, "Resolve…", null));
    return buttons;
  }

  private static ButtonElement incidentButton(String kind, String incidentId, String label, String style) {
    return button(b -> b.actionId(ActionIds.actionId(kind, incidentId, null))
        .value(ActionIds.value(incidentId, null)).style(style).text(plainText(label)));
  }

  private static String decision(ActionState a) {
    String status = a.status().name().toLowerCase(Locale.ROOT);
    if (a.status() == ActionState.Status.PROPOSED) {
      return "not decided";
    }
    String who = a.decidedBy() == null ? "" : " by " + Mrkdwn.escape(a.decidedBy().name());
    String why = a.reason() == null ? "" : " — " + Mrkdwn.escape(Mrkdwn.truncate(a.reason(), 300));
    String outcome = a.outcome() == null ? "" : " · " + Mrkdwn.escape(Mrkdwn.truncate(a.outcome(), 300));
    String icon = switch (a.status()) {
      case APPROVED, EXECUTED -> "✅ ";
      case REJECTED -> "✖️ ";
      case FAILED -> "⚠️ ";
      default -> "";
    };
    String decidedAs = a.status() == ActionState.Status.EXECUTED || a.status() == ActionState.Status.FAILED
        ? "approved" + who + ", " + status : status + who;
    return icon + decidedAs + why + outcome;
  }
}
