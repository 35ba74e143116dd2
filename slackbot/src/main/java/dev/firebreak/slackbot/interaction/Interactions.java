package dev.firebreak.slackbot.interaction;

import com.slack.api.bolt.App;
import dev.firebreak.slackbot.blocks.ActionIds;
import dev.firebreak.slackbot.blocks.Modals;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import java.util.concurrent.ExecutorService;

/** The handlers of everything people do in Slack, wired to the incident port. */
public final class Interactions {
  private final IncidentSlashCommand slashCommand;
  private final CardButtons buttons;
  private final ModalSubmissions forms;

  public Interactions(SlackSettings settings, IncidentOperations incidents, CardStore cards,
      ApprovalPolicy approvals, SlackWebApi slack, ExecutorService executor) {
    this.slashCommand = new IncidentSlashCommand(new CommandRunner(incidents, cards,
        new SlackUserNames(slack), settings.command()), executor,
        settings.command());
    this.buttons = new CardButtons(incidents, approvals, executor, settings.command());
    this.forms = new ModalSubmissions(incidents, approvals, executor, slack, settings.command());
  }

  /** Registers the slash command, the card's buttons and the forms on the Bolt app. */
  public void registerOn(App app, String command) {
    app.command(command, slashCommand);
    app.blockAction(ActionIds.pattern(ActionIds.ACKNOWLEDGE), buttons::acknowledge);
    app.blockAction(ActionIds.pattern(ActionIds.APPROVE), buttons::approve);
    app.blockAction(ActionIds.pattern(ActionIds.REJECT), buttons::reject);
    app.blockAction(ActionIds.pattern(ActionIds.RESOLVE), buttons::resolve);
    app.viewSubmission(Modals.DECLARE, forms::declare);
    app.viewSubmission(Modals.RESOLVE, forms::resolve);
    app.viewSubmission(Modals.REJECT, forms::reject);
  }
}
