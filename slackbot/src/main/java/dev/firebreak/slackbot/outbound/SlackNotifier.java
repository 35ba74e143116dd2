package dev.firebreak.slackbot.outbound;

import dev.firebreak.activities.notification.Notifier;
import dev.firebreak.slackbot.SlackSettings;
import dev.firebreak.slackbot.blocks.IncidentText;
import dev.firebreak.slackbot.blocks.RoleText;
import dev.firebreak.slackbot.blocks.TriageCard;
import dev.firebreak.slackbot.port.CardStore;
import dev.firebreak.slackbot.port.CardStore.Card;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one Block Kit card per incident in Slack: posted when triage completes, updated in place
 * ({@code chat.update}) on every later change, with the timeline in the card's thread. Where the
 * card lives is stored, so a restart updates the same card instead of posting another one.
 *
 * <p>Runs inside the notification activity: a failure here is retried by Temporal and, in the end,
 * only noted on the incident's timeline; it never fails the incident.
 */
public class SlackNotifier implements Notifier {
  /** The timeline event type of a role assignment (see the workflow's {@code Roles}). */
  static final String ROLE_EVENT = "role";
  /** The timeline event of a stored postmortem draft: from then on its links work. */
  static final String POSTMORTEM_EVENT = "postmortem";
  private final SlackWebApi slack;
  private final CardStore cards;
  private final SlackSettings settings;
  private final IncidentChannels channels;

  public SlackNotifier(SlackWebApi slack, CardStore cards, SlackSettings settings) {
    this.slack = slack;
    this.cards = cards;
    this.settings = settings;
    this.channels = new IncidentChannels(slack, settings.inviteUsers(), settings.approvers());
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void triaged(IncidentState incident) {
    refreshCard(incident);
  }

  @Override
  public void escalated(IncidentState incident) {
    boolean cardShown = cards.find(incident.incidentId).isPresent();
    Card card = refreshCard(incident);
    if (!cardShown) {
      // a card posted only now starts its thread after the escalation, so say it once here;
      // otherwise the escalation's timeline line has just gone into the thread
      thread(card, "⏰ Nobody has acknowledged this incident yet: escalating.");
    }
  }

  @Override
  public void changed(IncidentState incident) {
    boolean cardShown = cards.find(incident.incidentId).isPresent();
    Card card = refreshCard(incident);
    if (!cardShown && incident.status == IncidentStatus.POSTMORTEM_DRAFTED) {
      // Slack was away until now: the draft's event is behind the new card's thread, so link it here
      thread(card, postmortemLine(incident));
    }
  }

  @Override
  public void resolved(IncidentState incident) {
    // the postmortem link follows in the thread once the draft is stored (its "postmortem" event)
    refreshCard(incident);
  }

  /** Updates the card, or posts it when there is none yet (Slack was down at triage, say). */
  private Card refreshCard(IncidentState s) {
    Optional<Card> existing = cards.find(s.incidentId);
    if (existing.isEmpty()) {
      return postCard(s);
    }
    Card card = existing.get();
    slack.call("chat.update", m -> m.chatUpdate(r -> r.channel(card.channelId()).ts(card.ts())
        .text(TriageCard.fallbackText(s)).blocks(TriageCard.blocks(s))));
    return threadNewEvents(card, s);
  }

  private Card postCard(IncidentState s) {
    boolean dedicated = settings.perIncidentChannels();
    String channel = dedicated ? channels.create(s) : settings.channel();
    var posted = slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel)
        .text(TriageCard.fallbackText(s)).blocks(TriageCard.blocks(s))));
    // what happened before triage is summarised by the card itself; the thread starts from here
    Card card = new Card(s.incidentId, posted.getChannel(), posted.getTs(), dedicated, s.timeline.size());
    cards.save(card);
    if (dedicated && settings.channel() != null && !settings.channel().isBlank()) {
      slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(settings.channel())
          .text("🔥 " + TriageCard.fallbackText(s) + " — follow it in <#" + posted.getChannel() + ">")));
    }
    return card;
  }

  /** Posts the timeline events the thread has not shown yet, recording progress after each. */
  private Card threadNewEvents(Card card, IncidentState s) {
    List<TimelineEvent> events = s.timeline;
    int done = card.threadedEvents();
    for (int i = done; i < events.size(); i++) {
      TimelineEvent e = events.get(i);
      if (POSTMORTEM_EVENT.equals(e.type())) {
        thread(card, postmortemLine(s));
      } else if (IncidentText.threaded(e)) {
        thread(card, IncidentText.timelineLine(e));
      }
      if (card.dedicatedChannel() && ROLE_EVENT.equals(e.type())) {
        // whoever was given a role works in the incident's channel from now on
        channels.invite(card.channelId(), RoleText.slackUsers(s));
      }
      cards.updateThreadedEvents(s.incidentId, i + 1);
    }
    return new Card(card.incidentId(), card.channelId(), card.ts(), card.dedicatedChannel(),
        Math.max(done, events.size()));
  }

  private String postmortemLine(IncidentState s) {
    return "📝 The postmortem is drafted: <" + settings.warRoomUrl(s.incidentId) + "#postmortem|read and edit it"
        + " in the war room> · <" + settings.postmortemUrl(s.incidentId) + "|postmortem of " + s.incidentId + ">";
  }

  private void thread(Card card, String text) {
    slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(card.channelId())
        .threadTs(card.ts()).text(text)));
  }
}
