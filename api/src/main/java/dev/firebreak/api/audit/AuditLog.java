package dev.firebreak.api.audit;

import dev.firebreak.workflows.incident.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who changed what, through which channel (rest, slack, pagerduty): one row per accepted state
 * change, written after the change was handed over, never updated. Free text is cut short: the
 * audit says that a note was added, the timeline holds the note.
 */
@Service
public class AuditLog {
  private static final int MAX_DETAIL = 500;
  private final JdbcTemplate jdbc;

  AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One audited change. {@code incidentId} or {@code workflowId} ties it to an incident, when it is about one. */
  public record Entry(long id, Instant at, String actor, String channel, String action, String incidentId,
      String workflowId, String target, String detail) {}

  public void record(Actor actor, String action, String incidentId, String workflowId, String target,
      String detail) {
    jdbc.update("""
        insert into audit_log (actor, channel, action, incident_id, workflow_id, target, detail)
        values (?, ?, ?, ?, ?, ?, ?)""",
        oneLine(actor.name(), 200), actor.channel(), action, incidentId, workflowId, oneLine(target, 200),
        oneLine(detail, MAX_DETAIL));
  }

  /** The changes made to one incident, oldest first, whether recorded by incident or workflow id. */
  public List<Entry> forIncident(String incidentId, String workflowId) {
    return jdbc.query("select * from audit_log where incident_id = ? or (incident_id is null and workflow_id = ?) order by id",
        (rs, i) -> entry(rs), incidentId, workflowId);
  }

  /** The newest changes first, optionally by actor, channel or action; at most {@code limit}. */
  public List<Entry> search(String actor, String channel, String action, Instant since, int limit) {
    StringBuilder sql = new StringBuilder("select * from audit_log where true");
    List<Object> args = new ArrayList<>();
    filter(sql, args, "actor", actor);
    filter(sql, args, "channel", channel);
    filter(sql, args, "action", action);
    if (since != null) {
      sql.append(" and at >= ?");
      args.add(Timestamp.from(since));
    }
    sql.append(" order by id desc limit ?");
    args.add(limit);
    return jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
  }

  private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" and ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
        rs.getString("channel"), rs.getString("action"), rs.getString("incident_id"),
        rs.getString("workflow_id"), rs.getString("target"), rs.getString("detail"));
  }

  private static String oneLine(String text, int max) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
