package dev.firebreak.api.ingest;

import dev.firebreak.activities.support.Json;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The durable intake buffer: deliveries not yet handed to their incident workflow. */
@Component
class IntakeLog {
  private final JdbcTemplate jdbc;

  IntakeLog(IntakeConnections connections) {
    this.jdbc = new JdbcTemplate(connections.dataSource());
  }

  record Entry(long id, AlertGroup group) {}

  long append(AlertGroup group) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      PreparedStatement ps = c.prepareStatement(
          "insert into alert_intake (group_key, received_at, group_json) values (?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS);
      ps.setString(1, group.groupKey());
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setString(3, Json.write(group));
      return ps;
    }, key);
    return ((Number) key.getKeys().get("id")).longValue();
  }

  void remove(List<Long> ids) {
    jdbc.batchUpdate("delete from alert_intake where id = ?", ids.stream().map(id -> new Object[] {id}).toList());
  }

  List<Entry> pending() {
    return jdbc.query("select id, group_json from alert_intake order by id",
        (rs, n) -> new Entry(rs.getLong("id"), Json.read(rs.getString("group_json"), AlertGroup.class)));
  }
}
