package dev.firebreak.slackbot.interaction;

import dev.firebreak.slackbot.blocks.IncidentText;
import dev.firebreak.slackbot.blocks.Modals;
import dev.firebreak.slackbot.command.CommandUsage;
import dev.firebreak.slackbot.command.IncidentCommand;
import dev.firebreak.slackbot.command.UsageException;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.IncidentOperations;
import dev.firebreak.slackbot.port.SlackActor;

/** Carries out a parsed command against the incident port and says what happened. */
class CommandRunner {
  static final int LIST_LIMIT = 10;

  /** Who typed the command, where, and the id that makes its effect happen once. */
  record Invocation(SlackActor actor, String channelId, String requestId) {}

  private final IncidentOperations incidents;
  private final CardStore cards;
  private final SlackUserNames names;
  private final String command;

  CommandRunner(IncidentOperations incidents, CardStore cards, SlackUserNames names, String command) {
    this.incidents = incidents;
    this.cards = cards;
    this.names = names;
    this.command = command;
  }

  Reply run(IncidentCommand parsed, Invocation in) {
    // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed type
    if (parsed instanceof IncidentCommand.Declare d) {
      return declare(d, in);
    }
    if (parsed instanceof IncidentCommand.ListIncidents) {
      return Reply.Text.ephemeral(IncidentText.list(incidents.listRecent(LIST_LIMIT)));
    }
    if (parsed instanceof IncidentCommand.Status s) {
      return Reply.Text.ephemeral(IncidentText.status(incidents.status(id(s.incidentId(), in))));
    }
    if (parsed instanceof IncidentCommand.Acknowledge a) {
      String id = id(a.incidentId(), in);
      incidents.acknowledge(id, in.actor(), in.requestId());
      return new Reply.Text(in.actor().mention() + " acknowledged `" + id + "`.", true);
    }
    if (parsed instanceof IncidentCommand.Note n) {
      String id = id(n.incidentId(), in);
      incidents.note(id, in.actor(), n.text(), in.requestId());
      return Reply.Text.ephemeral("Noted on `" + id + "`.");
    }
    if (parsed instanceof IncidentCommand.Assign a) {
      String id = id(a.incidentId(), in);
      SlackActor assignee = new SlackActor(a.userId(), names.nameOf(a.userId(), a.assigneeName()));
      incidents.assignRole(id, in.actor(), a.role(), assignee, in.requestId());
      return new Reply.Text("<@" + a.userId() + "> is now " + a.role().label() + " of `" + id + "`.", true);
    }
    if (parsed instanceof IncidentCommand.Resolve r) {
      return resolve(r, in);
    }
    if (parsed instanceof IncidentCommand.Postmortem p) {
      String id = id(p.incidentId(), in);
      return Reply.Text.ephemeral(incidents.postmortemLink(id)
          .map(url -> "Postmortem of `" + id + "`: <" + url + ">")
          .orElse("The postmortem of `" + id + "` is drafted once the incident is resolved."));
    }
    return Reply.Text.ephemeral(CommandUsage.text(command));
  }

  private Reply declare(IncidentCommand.Declare d, Invocation in) {
    if (d.title().isBlank()) {
      return new Reply.OpenModal(Modals.declare(in.channelId()));
    }
    String id = incidents.declare(in.actor(), d.title(), d.severity(), d.service());
    return new Reply.Text(in.actor().mention() + " declared `" + id + "` (" + d.severity().toUpperCase()
        + "): " + dev.firebreak.slackbot.blocks.Mrkdwn.escape(d.title()) + ". Triage is running; the card follows.", true);
  }

  private Reply resolve(IncidentCommand.Resolve r, Invocation in) {
    String id = id(r.incidentId(), in);
    if (r.summary() == null) {
      return new Reply.OpenModal(Modals.resolve(incidents.status(id)));
    }
    incidents.resolve(id, in.actor(), r.summary(), null, in.requestId());
    return new Reply.Text(in.actor().mention() + " resolved `" + id + "`. The postmortem draft follows in the card's thread.", true);
  }

  /** The id typed, else the incident whose channel this is. */
  private String id(String given, Invocation in) {
    if (given != null) {
      return given;
    }
    return cards.incidentOfChannel(in.channelId()).orElseThrow(() -> new UsageException(
        "Which incident? Give its id (see `" + command + " list`), or run this in the incident's channel."));
  }
}
