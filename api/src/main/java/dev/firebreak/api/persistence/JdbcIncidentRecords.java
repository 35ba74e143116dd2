package dev.firebreak.api.persistence;

import dev.firebreak.activities.persistence.IncidentRecords;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.OpenIncident;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.RoleHolder;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an incident snapshot: the incident row and its child rows (alerts, timeline, notes,
 * findings, hypotheses, actions) in batched JDBC in one transaction, so a reader never sees half
 * a save and saving the same state twice changes nothing. Reads go through JPA
 * ({@link IncidentRepository}).
 */
@Component
public class JdbcIncidentRecords implements IncidentRecords {
  static final List<String> OPEN = Arrays.stream(IncidentStatus.values())
      .filter(IncidentStatus::isOpen).map(Enum::name).toList();

  private final JdbcTemplate jdbc;

  JdbcIncidentRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void save(IncidentState s, String workflowRunId) {
    upsertIncident(s, workflowRunId);
    for (String table : List.of("incident_alerts", "findings", "hypotheses", "actions")) {
      jdbc.update("delete from " + table + " where incident_id = ?", s.incidentId);
    }
    insertAlerts(s);
    saveTimeline(s);
    insertAnalysis(s);
  }

  /**
   * One statement, without reading the row first: loading the entity read its whole stored state
   * back only to overwrite it, on every save of every incident in a storm.
   */
  private void upsertIncident(IncidentState s, String workflowRunId) {
    RoleHolder commander = s.roles == null ? null : s.roles.get(IncidentRole.COMMANDER);
    jdbc.update("""
        insert into incidents (id, workflow_id, workflow_run_id, title, service, severity, status, source,
          group_key, alertname, commander, opened_at, acknowledged_at, acknowledged_by, resolved_at,
          updated_at, state_json) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        on conflict (id) do update set workflow_id = excluded.workflow_id,
          workflow_run_id = excluded.workflow_run_id, title = excluded.title, service = excluded.service,
          severity = excluded.severity, status = excluded.status, source = excluded.source,
          group_key = excluded.group_key, alertname = excluded.alertname, commander = excluded.commander,
          opened_at = excluded.opened_at, acknowledged_at = excluded.acknowledged_at,
          acknowledged_by = excluded.acknowledged_by, resolved_at = excluded.resolved_at,
          updated_at = excluded.updated_at, state_json = excluded.state_json""",
        s.incidentId, s.workflowId, workflowRunId, s.title, s.service, s.severity, s.status.name(), s.source,
        s.groupKey, s.labels.get("alertname"), commander == null ? null : commander.name(), ts(s.openedAt),
        ts(s.acknowledgedAt), s.acknowledgedBy == null ? null : s.acknowledgedBy.name(), ts(s.resolvedAt),
        ts(Instant.now()), Json.write(s));
  }

  private void insertAlerts(IncidentState s) {
    List<Object[]> alerts = new ArrayList<>();
    for (Alert a : s.alerts.values()) {
      alerts.add(new Object[] {s.incidentId, a.fingerprint(), a.alertname(), a.status(), ts(a.startsAt()),
          ts(a.endsAt()), Json.write(a.labels()), Json.write(a.annotations()), a.generatorUrl()});
    }
    jdbc.batchUpdate("""
        insert into incident_alerts (incident_id, fingerprint, alertname, status, starts_at, ends_at,
          labels_json, annotations_json, generator_url) values (?,?,?,?,?,?,?,?,?)""", alerts);
  }

  /**
   * The timeline only grows, and in a storm it is most of an incident's rows: only the events not
   * stored yet are written. Stored events that are not the start of this state's timeline (an
   * older state saved over a newer one) are rewritten in full, so the rows always match the state.
   */
  private void saveTimeline(IncidentState s) {
    List<String> stored = jdbc.queryForList(
        "select event_id from timeline_events where incident_id = ? order by seq", String.class, s.incidentId);
    int from = stored.size();
    if (!isPrefix(stored, s.timeline)) {
      jdbc.update("delete from timeline_events where incident_id = ?", s.incidentId);
      jdbc.update("delete from notes where incident_id = ?", s.incidentId);
      from = 0;
    }
    List<Object[]> timeline = new ArrayList<>();
    List<Object[]> notes = new ArrayList<>();
    for (int seq = from; seq < s.timeline.size(); seq++) {
      TimelineEvent t = s.timeline.get(seq);
      String actor = t.actor() == null ? null : t.actor().name();
      String channel = t.actor() == null ? null : t.actor().channel();
      timeline.add(new Object[] {s.incidentId, t.id(), seq, ts(t.at()), t.type(), actor, channel, t.text(),
          Json.write(t.refs())});
      if (t.type().equals("note")) {
        notes.add(new Object[] {s.incidentId, t.id(), ts(t.at()), actor, channel, t.text()});
      }
    }
    jdbc.batchUpdate("insert into timeline_events values (?,?,?,?,?,?,?,?,?)", timeline);
    jdbc.batchUpdate("insert into notes values (?,?,?,?,?,?)", notes);
  }

  private static boolean isPrefix(List<String> storedIds, List<TimelineEvent> timeline) {
    if (storedIds.size() > timeline.size()) {
      return false;
    }
    for (int i = 0; i < storedIds.size(); i++) {
      if (!storedIds.get(i).equals(timeline.get(i).id())) {
        return false;
      }
    }
    return true;
  }

  private void insertAnalysis(IncidentState s) {
    String id = s.incidentId;
    List<Object[]> findings = new ArrayList<>();
    int seq = 0;
    for (Finding f : s.findings) {
      findings.add(new Object[] {id, f.id(), seq++, f.rule(), f.severity().name(), f.title(), Json.write(f)});
    }
    jdbc.batchUpdate("insert into findings values (?,?,?,?,?,?,?)", findings);
    List<Object[]> hypotheses = new ArrayList<>();
    for (Hypothesis h : s.hypotheses) {
      hypotheses.add(new Object[] {id, h.id(), h.rank(), h.kind().wireName(), h.service(), h.ref(),
          h.confidence(), Json.write(h)});
    }
    jdbc.batchUpdate("insert into hypotheses values (?,?,?,?,?,?,?,?)", hypotheses);
    List<Object[]> actions = new ArrayList<>();
    seq = 0;
    for (ActionState a : s.actions) {
      actions.add(new Object[] {id, a.action().id(), seq++, a.action().kind().name(), a.status().name(),
          a.decidedBy() == null ? null : a.decidedBy().name(), ts(a.decidedAt()), Json.write(a)});
    }
    jdbc.batchUpdate("insert into actions values (?,?,?,?,?,?,?,?)", actions);
  }

  /** From columns only: every triage asks this, and parsing each open incident's state cost O(n²). */
  @Override
  @Transactional(readOnly = true)
  public List<OpenIncident> openIncidents() {
    record Row(String id, String title, String service, String alertname, Instant openedAt) {}
    Map<String, Row> rows = new LinkedHashMap<>();
    Map<String, Set<String>> fingerprints = new HashMap<>();
    String placeholders = String.join(",", Collections.nCopies(OPEN.size(), "?"));
    jdbc.query("select i.id, i.title, i.service, i.alertname, i.opened_at, a.fingerprint from incidents i"
        + " left join incident_alerts a on a.incident_id = i.id where i.status in (" + placeholders + ")"
        + " order by i.opened_at, i.id", rs -> {
          String id = rs.getString("id");
          rows.putIfAbsent(id, new Row(id, rs.getString("title"), rs.getString("service"),
              rs.getString("alertname"), rs.getTimestamp("opened_at").toInstant()));
          Set<String> fps = fingerprints.computeIfAbsent(id, k -> new LinkedHashSet<>());
          if (rs.getString("fingerprint") != null) {
            fps.add(rs.getString("fingerprint"));
          }
        }, OPEN.toArray());
    return rows.values().stream().map(r -> new OpenIncident(r.id(), r.title(), r.service(), r.alertname(),
        fingerprints.get(r.id()), r.openedAt())).toList();
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
