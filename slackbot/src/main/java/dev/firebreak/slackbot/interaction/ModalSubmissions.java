package dev.firebreak.slackbot.interaction;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.firebreak.slackbot.blocks.ActionIds;
import dev.firebreak.slackbot.blocks.Modals;
import dev.firebreak.slackbot.outbound.SlackWebApi;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.SlackActor;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Submitted forms. Missing input is answered inline (the form stays open and shows the error);
 * otherwise the form closes at once and the signal is sent on a worker thread. A failure then
 * reaches the person as a direct message from the bot, since a form has no response_url.
 */
class ModalSubmissions {
  private final IncidentOperations incidents;
  private final ApprovalPolicy approvals;
  private final ExecutorService executor;
  private final SlackWebApi slack;
  private final String command;

  ModalSubmissions(IncidentOperations incidents, ApprovalPolicy approvals, ExecutorService executor,
      SlackWebApi slack, String command) {
    this.incidents = incidents;
    this.approvals = approvals;
    this.executor = executor;
    this.slack = slack;
    this.command = command;
  }

  Response declare(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    View view = req.getPayload().getView();
    String title = text(view, Modals.TITLE);
    if (title == null) {
      return ctx.ackWithErrors(Map.of(Modals.TITLE, "Give the incident a title."));
    }
    String severity = selected(view, Modals.SEVERITY);
    String service = text(view, Modals.SERVICE);
    SlackActor actor = actor(req.getPayload());
    later(actor, () -> {
      String id = incidents.declare(actor, title, severity == null ? "sev3" : severity, service);
      dm(actor, "Declared `" + id + "`. Triage is running; the card follows.");
    });
    return ctx.ack();
  }

  Response resolve(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    View view = req.getPayload().getView();
    String summary = text(view, Modals.SUMMARY);
    if (summary == null) {
      return ctx.ackWithErrors(Map.of(Modals.SUMMARY, "Say briefly what happened and what fixed it."));
    }
    String rootCause = selected(view, Modals.ROOT_CAUSE);
    String confirmed = rootCause == null || Modals.NOT_CONFIRMED.equals(rootCause) ? null : rootCause;
    String incidentId = view.getPrivateMetadata();
    SlackActor actor = actor(req.getPayload());
    later(actor, () -> incidents.resolve(incidentId, actor, summary, confirmed, requestId(view)));
    return ctx.ack();
  }

  Response reject(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    View view = req.getPayload().getView();
    String reason = text(view, Modals.REASON);
    if (reason == null) {
      return ctx.ackWithErrors(Map.of(Modals.REASON, "Say why, so the timeline shows it."));
    }
    ActionIds.Target target = ActionIds.parse(view.getPrivateMetadata());
    SlackActor actor = actor(req.getPayload());
    later(actor, () -> {
      // checked again: the person may have lost the right since the form opened
      if (!approvals.mayDecide(actor.userId())) {
        dm(actor, "🚫 You are not allowed to reject actions. Ask an incident approver.");
        incidents.systemNote(target.incidentId(), "Refused: " + actor.toActor().name() + " (Slack " + actor.userId()
            + ") tried to reject " + target.actionId() + " but is not an approver", requestId(view) + ":refused");
        return;
      }
      incidents.reject(target.incidentId(), target.actionId(), actor, reason, requestId(view));
    });
    return ctx.ack();
  }

  /** A form is submitted once; its view id makes a re-delivered submission the same signal. */
  private static String requestId(View view) {
    return "slack-view-" + view.getId();
  }

  private void later(SlackActor actor, Runnable work) {
    executor.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        dm(actor, Outcomes.describe(e, command));
      }
    });
  }

  private void dm(SlackActor actor, String text) {
    try {
      slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(actor.userId()).text(text)));
    } catch (RuntimeException e) {
      Outcomes.describe(e, command);
    }
  }

  private static SlackActor actor(ViewSubmissionPayload p) {
    return new SlackActor(p.getUser().getId(), p.getUser().getUsername() != null ? p.getUser().getUsername()
        : p.getUser().getName());
  }

  private static ViewState.Value value(View view, String blockAndActionId) {
    if (view.getState() == null || view.getState().getValues() == null) {
      return null;
    }
    Map<String, ViewState.Value> block = view.getState().getValues().get(blockAndActionId);
    return block == null ? null : block.get(blockAndActionId);
  }

  private static String text(View view, String id) {
    ViewState.Value v = value(view, id);
    return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().strip();
  }

  private static String selected(View view, String id) {
    ViewState.Value v = value(view, id);
    return v == null || v.getSelectedOption() == null ? null : v.getSelectedOption().getValue();
  }
}
