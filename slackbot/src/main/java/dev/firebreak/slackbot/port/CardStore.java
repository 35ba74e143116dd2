package dev.firebreak.slackbot.port;

import java.util.Optional;

/**
 * Where each incident's triage card lives in Slack. Kept in the database so the card is updated in
 * place (never re-posted) across restarts, and so a dedicated incident channel implies its incident.
 */
public interface CardStore {

  /**
   * @param dedicatedChannel true when the channel was created for this incident alone
   * @param threadedEvents how many timeline events are already in the card's thread (or skipped)
   */
  record Card(String incidentId, String channelId, String ts, boolean dedicatedChannel, int threadedEvents) {}

  Optional<Card> find(String incidentId);

  void save(Card card);

  void updateThreadedEvents(String incidentId, int threadedEvents);

  /** The incident whose card starts the thread {@code threadTs} in {@code channelId}. */
  Optional<String> incidentOfThread(String channelId, String threadTs);

  /** The incident a dedicated channel was created for. */
  Optional<String> incidentOfChannel(String channelId);
}
