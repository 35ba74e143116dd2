package dev.firebreak.slackbot.blocks;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.ArrayList;
import java.util.List;

/**
 * The three forms: declare, resolve (summary and the confirmed root cause) and reject (a reason).
 * {@code private_metadata} carries the incident (and action) id back with the submission.
 */
public final class Modals {
  public static final String DECLARE = "firebreak.declare";
  public static final String RESOLVE = "firebreak.resolve";
  public static final String REJECT = "firebreak.reject";
  /** Block and action ids of the inputs, read back by the submission handlers. */
  public static final String TITLE = "title";
  public static final String SEVERITY = "severity";
  public static final String SERVICE = "service";
  public static final String SUMMARY = "summary";
  public static final String ROOT_CAUSE = "root_cause";
  public static final String REASON = "reason";
  /** The root-cause option for "we do not know yet". */
  public static final String NOT_CONFIRMED = "none";
  private static final int OPTION_TEXT_LIMIT = 75;

  private Modals() {}

  public static View declare(String channelId) {
    OptionObject sev3 = severity("sev3");
    return modal(DECLARE, "Declare incident", "Declare", channelId == null ? "" : channelId, List.of(
        input(i -> i.blockId(TITLE).label(plainText("Title"))
            .element(plainTextInput(p -> p.actionId(TITLE).maxLength(150)))),
        input(i -> i.blockId(SEVERITY).label(plainText("Severity"))
            .element(staticSelect(s -> s.actionId(SEVERITY).initialOption(sev3).options(List.of(
                severity("sev1"), severity("sev2"), sev3, severity("sev4")))))),
        input(i -> i.blockId(SERVICE).label(plainText("Service")).optional(true)
            .element(plainTextInput(p -> p.actionId(SERVICE).maxLength(200))))));
  }

  public static View resolve(IncidentState s) {
    List<OptionObject> causes = new ArrayList<>();
    for (Hypothesis h : s.hypotheses) {
      causes.add(option(plainText(Mrkdwn.truncate(h.cause() + " (" + Mrkdwn.percent(h.confidence()) + ")",
          OPTION_TEXT_LIMIT)), h.id()));
    }
    OptionObject unknown = option(plainText("Not confirmed yet"), NOT_CONFIRMED);
    causes.add(unknown);
    return modal(RESOLVE, "Resolve incident", "Resolve", s.incidentId, List.of(
        section(sec -> sec.blockId("incident").text(markdownText("*" + Mrkdwn.escape(Mrkdwn.truncate(s.title, 200))
            + "* `" + s.incidentId + "`"))),
        input(i -> i.blockId(SUMMARY).label(plainText("Summary"))
            .element(plainTextInput(p -> p.actionId(SUMMARY).multiline(true).maxLength(3000)))),
        input(i -> i.blockId(ROOT_CAUSE).label(plainText("Confirmed root cause"))
            .element(staticSelect(sel -> sel.actionId(ROOT_CAUSE).initialOption(unknown)
                .options(causes.subList(Math.max(0, causes.size() - 100), causes.size())))))));
  }

  public static View reject(IncidentState s, ActionState action) {
    return modal(REJECT, "Reject action", "Reject", ActionIds.value(s.incidentId, action.action().id()), List.of(
        section(sec -> sec.blockId("action").text(markdownText(
            Mrkdwn.escape(Mrkdwn.truncate(action.action().description(), 500))))),
        input(i -> i.blockId(REASON).label(plainText("Why not?"))
            .element(plainTextInput(p -> p.actionId(REASON).multiline(true).maxLength(1000))))));
  }

  private static OptionObject severity(String sev) {
    return option(plainText(sev.toUpperCase()), sev);
  }

  private static View modal(String callbackId, String title, String submit, String metadata, List<LayoutBlock> blocks) {
    return view(v -> v.type("modal").callbackId(callbackId).privateMetadata(metadata)
        .title(viewTitle(t -> t.type("plain_text").text(title)))
        .submit(viewSubmit(t -> t.type("plain_text").text(submit)))
        .close(viewClose(t -> t.type("plain_text").text("Cancel")))
        .blocks(blocks));
  }
}
