package dev.firebreak.api.slack;

import dev.firebreak.slackbot.port.CardStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The card of each incident, in {@code slack_cards} (V30). */
class JdbcCardStore implements CardStore {
  private final JdbcTemplate jdbc;

  JdbcCardStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Card> find(String incidentId) {
    return jdbc.query("select * from slack_cards where incident_id = ?", (rs, n) -> new Card(
        rs.getString("incident_id"), rs.getString("channel_id"), rs.getString("message_ts"),
        rs.getBoolean("dedicated_channel"), rs.getInt("threaded_events")), incidentId).stream().findFirst();
  }

  @Override
  public void save(Card card) {
    jdbc.update("""
        insert into slack_cards (incident_id, channel_id, message_ts, dedicated_channel, threaded_events, updated_at)
        values (?, ?, ?, ?, ?, ?)
        on conflict (incident_id) do update set channel_id = excluded.channel_id, message_ts = excluded.message_ts,
          dedicated_channel = excluded.dedicated_channel, threaded_events = excluded.threaded_events,
          updated_at = excluded.updated_at
        """, card.incidentId(), card.channelId(), card.ts(), card.dedicatedChannel(), card.threadedEvents(), now());
  }

  @Override
  public void updateThreadedEvents(String incidentId, int threadedEvents) {
    jdbc.update("update slack_cards set threaded_events = greatest(threaded_events, ?), updated_at = ? where incident_id = ?",
        threadedEvents, now(), incidentId);
  }

  @Override
  public Optional<String> incidentOfThread(String channelId, String threadTs) {
    return jdbc.queryForList("select incident_id from slack_cards where channel_id = ? and message_ts = ?",
        String.class, channelId, threadTs).stream().findFirst();
  }

  @Override
  public Optional<String> incidentOfChannel(String channelId) {
    return jdbc.queryForList("select incident_id from slack_cards where channel_id = ? and dedicated_channel",
        String.class, channelId).stream().findFirst();
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
