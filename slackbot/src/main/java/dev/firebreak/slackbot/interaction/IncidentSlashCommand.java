package dev.firebreak.slackbot.interaction;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.firebreak.slackbot.command.CommandParser;
import dev.firebreak.slackbot.command.IncidentCommand;
import dev.firebreak.slackbot.command.UsageException;
import dev.firebreak.slackbot.port.SlackActor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The slash command. Slack wants an answer within 3 seconds: the command runs on a worker thread
 * and, if it is not done in {@link #ANSWER_WITHIN}, Slack gets "working on it" and the result
 * follows through the command's response_url once it is there (no thread waits for it).
 */
class IncidentSlashCommand implements SlashCommandHandler {
  static final Duration ANSWER_WITHIN = Duration.ofMillis(2500);

  private final CommandParser parser = new CommandParser();
  private final CommandRunner runner;
  private final ExecutorService executor;
  private final String command;

  IncidentSlashCommand(CommandRunner runner, ExecutorService executor, String command) {
    this.runner = runner;
    this.executor = executor;
    this.command = command;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    IncidentCommand parsed;
    try {
      parsed = parser.parse(p.getText());
    } catch (UsageException e) {
      return ctx.ack(Outcomes.describe(e, command));
    }
    // the trigger id is unique per invocation, and the same when Slack delivers it again
    CommandRunner.Invocation in = new CommandRunner.Invocation(new SlackActor(p.getUserId(), p.getUserName()),
        p.getChannelId(), "slack-" + p.getTriggerId());
    CompletableFuture<Reply> result = CompletableFuture.supplyAsync(() -> runner.run(parsed, in), executor);
    try {
      return answer(result.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS), p, ctx);
    } catch (TimeoutException slow) {
      result.whenComplete((reply, failure) -> answerLater(reply, failure, ctx));
      return ctx.ack("⏳ Working on it…");
    } catch (ExecutionException e) {
      return ctx.ack(Outcomes.describe(Outcomes.unwrap(e), command));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ctx.ack(Outcomes.describe(e, command));
    }
  }

  private Response answer(Reply reply, SlashCommandPayload p, SlashCommandContext ctx) {
    if (reply instanceof Reply.Text t) {
      return ctx.ack(r -> r.responseType(t.inChannel() ? "in_channel" : "ephemeral").text(t.mrkdwn()));
    }
    Reply.OpenModal modal = (Reply.OpenModal) reply;
    try {
      var opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId()).view(modal.view()));
      if (!opened.isOk()) {
        return ctx.ack(Outcomes.describe(new IllegalStateException("views.open: " + opened.getError()), command));
      }
      return ctx.ack();
    } catch (Exception e) {
      return ctx.ack(Outcomes.describe(e, command));
    }
  }

  private void answerLater(Reply reply, Throwable failure, SlashCommandContext ctx) {
    String text;
    boolean inChannel = false;
    if (failure != null) {
      text = Outcomes.describe(Outcomes.unwrap(failure), command);
    } else if (reply instanceof Reply.Text t) {
      text = t.mrkdwn();
      inChannel = t.inChannel();
    } else {
      // a form can only be opened within 3 s of the command (its trigger id expires)
      text = "That took too long to open the form; run the command again.";
    }
    String type = inChannel ? "in_channel" : "ephemeral";
    try {
      ctx.respond(r -> r.responseType(type).text(text));
    } catch (Exception e) {
      Outcomes.describe(e, command);
    }
  }
}
