package dev.firebreak.slackbot.testing;

import dev.firebreak.slackbot.port.CardStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Cards in a map, for tests. */
public class InMemoryCardStore implements CardStore {
  private final Map<String, Card> cards = new ConcurrentHashMap<>();

  @Override
  public Optional<Card> find(String incidentId) {
    return Optional.ofNullable(cards.get(incidentId));
  }

  @Override
  public void save(Card card) {
    cards.put(card.incidentId(), card);
  }

  @Override
  public void updateThreadedEvents(String incidentId, int threadedEvents) {
    cards.computeIfPresent(incidentId, (k, c) -> new Card(c.incidentId(), c.channelId(), c.ts(),
        c.dedicatedChannel(), Math.max(c.threadedEvents(), threadedEvents)));
  }

  @Override
  public Optional<String> incidentOfThread(String channelId, String threadTs) {
    return cards.values().stream().filter(c -> c.channelId().equals(channelId) && c.ts().equals(threadTs))
        .map(Card::incidentId).findFirst();
  }

  @Override
  public Optional<String> incidentOfChannel(String channelId) {
    return cards.values().stream().filter(c -> c.dedicatedChannel() && c.channelId().equals(channelId))
        .map(Card::incidentId).findFirst();
  }
}
