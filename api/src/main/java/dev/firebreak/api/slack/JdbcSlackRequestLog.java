package dev.firebreak.api.slack;

import dev.firebreak.slackbot.port.SlackRequestLog;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Slack requests already handled, in {@code slack_requests} (V31). The primary key makes "first
 * time" atomic across threads and instances. Rows older than a day are dropped as new ones arrive:
 * Slack's retries and the signature window are minutes long.
 */
class JdbcSlackRequestLog implements SlackRequestLog {
  static final Duration KEEP = Duration.ofDays(1);
  private final JdbcTemplate jdbc;

  JdbcSlackRequestLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean firstTime(String requestKey) {
    Instant now = Instant.now();
    int inserted = jdbc.update("insert into slack_requests (request_key, received_at) values (?, ?) on conflict do nothing",
        requestKey, Timestamp.from(now));
    if (inserted == 1 && Math.floorMod(requestKey.hashCode(), 100) == 0) {
      jdbc.update("delete from slack_requests where received_at < ?", Timestamp.from(now.minus(KEEP)));
    }
    return inserted == 1;
  }
}
