package dev.firebreak.slackbot.interaction;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.firebreak.slackbot.blocks.ActionIds;
import dev.firebreak.slackbot.blocks.Modals;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.outbound.SlackFiles;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import java.util.concurrent.ExecutorService;

/** The handlers of everything people do in Slack, wired to the incident port. */
public final class Interactions {
  private final IncidentSlashCommand slashCommand;
  private final CardButtons buttons;
  private final ModalSubmissions forms;
  private final SharedImages images;

  public Interactions(SlackSettings settings, IncidentOperations incidents, CardStore cards,
      ApprovalPolicy approvals, SlackWebApi slack, ExecutorService executor) {
    this(settings, incidents, cards, approvals, slack, executor, null);
  }

  /** @param files downloads images shared in incident threads; null leaves them alone */
  public Interactions(SlackSettings settings, IncidentOperations incidents, CardStore cards,
      ApprovalPolicy approvals, SlackWebApi slack, ExecutorService executor, SlackFiles files) {
    this.slashCommand = new IncidentSlashCommand(new CommandRunner(incidents, cards,
        new SlackUserNames(slack), settings.command()), executor,
        settings.command());
    this.buttons = new CardButtons(incidents, approvals, executor, settings.command());
    this.forms = new ModalSubmissions(incidents, approvals, executor, slack, settings.command());
    this.images = files == null ? null
        : new SharedImages(incidents, cards, files, executor, new SlackUserNames(slack));
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
    if (images != null) {
      app.event(MessageFileShareEvent.class, images::onMessage);
      // the message events subscription brings every message of the channel: the others are
      // acknowledged and left alone, or Slack would retry them
      app.event(MessageEvent.class, (p, ctx) -> ctx.ack());
      app.event(MessageChangedEvent.class, (p, ctx) -> ctx.ack());
      app.event(MessageDeletedEvent.class, (p, ctx) -> ctx.ack());
      app.event(MessageBotEvent.class, (p, ctx) -> ctx.ack());
      app.event(MessageThreadBroadcastEvent.class, (p, ctx) -> ctx.ack());
    }
  }
}
