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
 * Writes an incident snapshot: the incident row through JPA, its child rows (alerts, timeline,
 * notes, findings, hypotheses, actions) replaced in batched JDBC in the same transaction, so a
 * reader never sees half a save and saving the same state twice changes nothing.
 */
@Component
public class JpaIncidentRecords implements IncidentRecords {
  static final List<String> OPEN = Arrays.stream(IncidentStatus.values())
      .filter(IncidentStatus::isOpen).map(Enum::name).toList();

  private final IncidentRepository incidents;
  private final JdbcTemplate jdbc;

  JpaIncidentRecords(IncidentRepository incidents, JdbcTemplate jdbc) {
    this.incidents = incidents;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void save(IncidentState s, String workflowRunId) {
    IncidentEntity e = incidents.findById(s.incidentId).orElseGet(IncidentEntity::new);
    e.id = s.incidentId;
    e.workflowId = s.workflowId;
    e.workflowRunId = workflowRunId;
    e.title = s.title;
    e.service = s.service;
    e.severity = s.severity;
    e.status = s.status.name();
    e.source = s.source;
    e.groupKey = s.groupKey;
    e.alertname = s.labels.get("alertname");
    RoleHolder commander = s.roles == null ? null : s.roles.get(IncidentRole.COMMANDER);
    e.commander = commander == null ? null : commander.name();
    e.openedAt = s.openedAt;
    e.acknowledgedAt = s.acknowledgedAt;
    e.acknowledgedBy = s.acknowledgedBy == null ? null : s.acknowledgedBy.name();
    e.resolvedAt = s.resolvedAt;
    e.updatedAt = Instant.now();
    e.stateJson = Json.write(s);
    incidents.saveAndFlush(e);
    for (String table : List.of("incident_alerts", "timeline_events", "notes", "findings", "hypotheses", "actions")) {
      jdbc.update("delete from " + table + " where incident_id = ?", s.incidentId);
    }
    insertChildren(s);
  }

  private void insertChildren(IncidentState s) {
    String id = s.incidentId;
    List<Object[]> alerts = new ArrayList<>();
    for (Alert a : s.alerts.values()) {
      alerts.add(new Object[] {id, a.fingerprint(), a.alertname(), a.status(), ts(a.startsAt()),
          ts(a.endsAt()), Json.write(a.labels()), Json.write(a.annotations()), a.generatorUrl()});
    }
    jdbc.batchUpdate("""
        insert into incident_alerts (incident_id, fingerprint, alertname, status, starts_at, ends_at,
          labels_json, annotations_json, generator_url) values (?,?,?,?,?,?,?,?,?)""", alerts);
    List<Object[]> timeline = new ArrayList<>();
    List<Object[]> notes = new ArrayList<>();
    int seq = 0;
    for (TimelineEvent t : s.timeline) {
      String actor = t.actor() == null ? null : t.actor().name();
      String channel = t.actor() == null ? null : t.actor().channel();
      timeline.add(new Object[] {id, t.id(), seq++, ts(t.at()), t.type(), actor, channel, t.text(),
          Json.write(t.refs())});
      if (t.type().equals("note")) {
        notes.add(new Object[] {id, t.id(), ts(t.at()), actor, channel, t.text()});
      }
    }
    jdbc.batchUpdate("insert into timeline_events values (?,?,?,?,?,?,?,?,?)", timeline);
    jdbc.batchUpdate("insert into notes values (?,?,?,?,?,?)", notes);
    List<Object[]> findings = new ArrayList<>();
    seq = 0;
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
