package dev.firebreak.api.incident;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.api.persistence.IncidentEntity;
import dev.firebreak.api.persistence.IncidentRepository;
import dev.firebreak.api.persistence.PostmortemRepository;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.EvidenceSummary;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.TimelineEvent;
import jakarta.persistence.criteria.Predicate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads incidents from the database: the API's source of truth, also after a workflow ends. */
@Service
public class IncidentQueries {
  private final IncidentRepository incidents;
  private final PostmortemRepository postmortems;
  private final JdbcTemplate jdbc;

  IncidentQueries(IncidentRepository incidents, PostmortemRepository postmortems, JdbcTemplate jdbc) {
    this.incidents = incidents;
    this.postmortems = postmortems;
    this.jdbc = jdbc;
  }

  public IncidentViews.Page<IncidentViews.Summary> list(String status, String service, String severity,
      int page, int size) {
    return list(status, service, severity, null, page, size);
  }

  @Transactional(readOnly = true)
  public IncidentViews.Page<IncidentViews.Summary> list(String status, String service, String severity,
      String workflowId, int page, int size) {
    Specification<IncidentEntity> spec = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (service != null) {
        where.add(cb.equal(root.get("service"), service));
      }
      if (severity != null) {
        where.add(cb.equal(root.get("severity"), severity));
      }
      if (workflowId != null) {
        where.add(cb.equal(root.get("workflowId"), workflowId));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    var result = incidents.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt")));
    return new IncidentViews.Page<>(result.map(IncidentQueries::summary).getContent(), page, size,
        result.getTotalElements());
  }

  public IncidentEntity entity(String id) {
    return incidents.findById(id).orElseThrow(() -> ApiException.notFound("incident", id));
  }

  @Transactional(readOnly = true)
  public IncidentViews.Detail detail(String id) {
    IncidentEntity e = entity(id);
    var state = Json.read(e.stateJson, IncidentState.class);
    return new IncidentViews.Detail(summary(e), e.workflowId,
        payloads("select labels_json, annotations_json, fingerprint, status, starts_at, ends_at, generator_url "
            + "from incident_alerts where incident_id = ? order by starts_at, fingerprint", id, this::alert),
        jdbc.query("select * from timeline_events where incident_id = ? order by seq", (rs, n) ->
            new TimelineEvent(rs.getString("event_id"), rs.getTimestamp("at").toInstant(), rs.getString("type"),
                rs.getString("actor") == null ? null : new Actor(rs.getString("actor"), rs.getString("channel")),
                rs.getString("text"), Json.read(rs.getString("refs_json"), new TypeReference<List<String>>() {})),
            id),
        jdbc.query("select * from evidence where incident_id = ? order by evidence_id", (rs, n) ->
            new EvidenceSummary(rs.getString("evidence_id"), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("source"), rs.getString("service"), rs.getString("summary"), rs.getString("query"),
                instant(rs.getTimestamp("window_start")), instant(rs.getTimestamp("window_end"))), id),
        json("select payload_json from findings where incident_id = ? order by seq", id, Finding.class),
        json("select payload_json from hypotheses where incident_id = ? order by rank", id, Hypothesis.class),
        json("select payload_json from actions where incident_id = ? order by seq", id, ActionState.class),
        state.similar,
        postmortems.existsById(id),
        state.roles == null ? Map.of() : state.roles);
  }

  /** The full stored evidence item, series and log lines included. */
  @Transactional(readOnly = true)
  public Map<String, Object> evidence(String incidentId, String evidenceId) {
    entity(incidentId);
    List<String> rows = jdbc.queryForList(
        "select payload_json from evidence where incident_id = ? and evidence_id = ?", String.class,
        incidentId, evidenceId);
    if (rows.isEmpty()) {
      throw ApiException.notFound("evidence", evidenceId + " of incident " + incidentId);
    }
    return Json.read(rows.get(0), new TypeReference<Map<String, Object>>() {});
  }

  @Transactional(readOnly = true)
  public IncidentViews.Postmortem postmortem(String id) {
    entity(id);
    var pm = postmortems.findById(id)
        .orElseThrow(() -> ApiException.notFound("postmortem of incident", id));
    return new IncidentViews.Postmortem(id, pm.markdown, Json.read(pm.json, new TypeReference<Map<String, Object>>() {}), pm.updatedAt);
  }

  private Alert alert(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Alert(rs.getString("fingerprint"), rs.getString("status"),
        Json.read(rs.getString("labels_json"), new TypeReference<Map<String, String>>() {}),
        Json.read(rs.getString("annotations_json"), new TypeReference<Map<String, String>>() {}),
        instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")), rs.getString("generator_url"));
  }

  private interface RowReader<T> {
    T read(java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  private <T> List<T> payloads(String sql, String id, RowReader<T> reader) {
    return jdbc.query(sql, (rs, n) -> reader.read(rs), id);
  }

  private <T> List<T> json(String sql, String id, Class<T> type) {
    return jdbc.queryForList(sql, String.class, id).stream().map(j -> Json.read(j, type)).toList();
  }

  /** From columns only: lists are polled, and parsing each row's stored state cost more than the query. */
  static IncidentViews.Summary summary(IncidentEntity e) {
    return new IncidentViews.Summary(e.id, e.title, e.service, e.severity, e.status, e.source, e.openedAt,
        e.acknowledgedAt, e.acknowledgedBy, e.resolvedAt, e.commander);
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
