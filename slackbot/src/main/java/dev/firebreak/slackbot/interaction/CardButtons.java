package dev.firebreak.slackbot.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.firebreak.slackbot.blocks.ActionIds;
import dev.firebreak.slackbot.blocks.Modals;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.OperationRefused;
import dev.firebreak.slackbot.port.SlackActor;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.IncidentState;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The triage card's buttons. Slack is acknowledged at once; the signal is sent on a worker thread
 * and only a failure comes back, as an ephemeral message through the click's response_url.
 * Buttons that need a form (Reject, Resolve) open it first, within the 3 seconds Slack allows.
 */
class CardButtons {
  private final IncidentOperations incidents;
  private final ApprovalPolicy approvals;
  private final ExecutorService executor;
  private final String command;

  CardButtons(IncidentOperations incidents, ApprovalPolicy approvals, ExecutorService executor, String command) {
    this.incidents = incidents;
    this.approvals = approvals;
    this.executor = executor;
    this.command = command;
  }

  /** One click: who, on what, and the id that makes it happen once. */
  private record Click(SlackActor actor, ActionIds.Target target, String requestId, String triggerId) {}

  Response acknowledge(BlockActionRequest req, ActionContext ctx) {
    Click c = click(req);
    later(ctx, () -> incidents.acknowledge(c.target().incidentId(), c.actor(), c.requestId()));
    return ctx.ack();
  }

  Response approve(BlockActionRequest req, ActionContext ctx) {
    Click c = click(req);
    later(ctx, () -> {
      if (!approvals.mayDecide(c.actor().userId())) {
        refuse(c, ctx, "approve");
        return;
      }
      incidents.approve(c.target().incidentId(), c.target().actionId(), c.actor(), c.requestId());
    });
    return ctx.ack();
  }

  Response reject(BlockActionRequest req, ActionContext ctx) {
    Click c = click(req);
    if (!approvals.mayDecide(c.actor().userId())) {
      later(ctx, () -> refuse(c, ctx, "reject"));
      return ctx.ack();
    }
    return openForm(c, ctx, state -> {
      ActionState action = state.action(c.target().actionId());
      if (action == null) {
        throw new OperationRefused("Incident " + state.incidentId + " has no action " + c.target().actionId() + ".");
      }
      return Modals.reject(state, action);
    });
  }

  Response resolve(BlockActionRequest req, ActionContext ctx) {
    Click c = click(req);
    return openForm(c, ctx, Modals::resolve);
  }

  private Response openForm(Click c, ActionContext ctx, Function<IncidentState, View> form) {
    try {
      IncidentState state = incidents.status(c.target().incidentId());
      if (!state.status.isOpen()) {
        throw new OperationRefused("Incident " + state.incidentId + " is already resolved.");
      }
      View view = form.apply(state);
      var opened = ctx.client().viewsOpen(r -> r.triggerId(c.triggerId()).view(view));
      if (!opened.isOk()) {
        throw new IllegalStateException("views.open: " + opened.getError());
      }
    } catch (Exception e) {
      tell(ctx, Outcomes.describe(e, command));
    }
    return ctx.ack();
  }

  /** The person is told privately, and the incident's timeline keeps the attempt. */
  private void refuse(Click c, ActionContext ctx, String verb) {
    tell(ctx, "🚫 You are not allowed to " + verb + " actions. Ask an incident approver.");
    incidents.systemNote(c.target().incidentId(), "Refused: " + c.actor().toActor().name() + " (Slack "
        + c.actor().userId() + ") tried to " + verb + " " + c.target().actionId() + " but is not an approver",
        c.requestId() + ":refused");
  }

  private void later(ActionContext ctx, Runnable work) {
    executor.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        tell(ctx, Outcomes.describe(e, command));
      }
    });
  }

  private static void tell(ActionContext ctx, String text) {
    try {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    } catch (Exception e) {
      Outcomes.describe(e, "");
    }
  }

  private static Click click(BlockActionRequest req) {
    BlockActionPayload p = req.getPayload();
    BlockActionPayload.Action action = p.getActions().get(0);
    SlackActor actor = new SlackActor(p.getUser().getId(),
        p.getUser().getUsername() != null ? p.getUser().getUsername() : p.getUser().getName());
    return new Click(actor, ActionIds.parse(action.getValue()), "slack-" + p.getTriggerId() + ":" + action.getActionId(),
        p.getTriggerId());
  }
}
