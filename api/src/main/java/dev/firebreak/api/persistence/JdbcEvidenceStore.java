package dev.firebreak.api.persistence;

import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Evidence rows, upserted by (incident, evidence id) so a retried gather stores nothing twice. */
@Component
class JdbcEvidenceStore implements EvidenceStore {
  private final JdbcTemplate jdbc;

  JdbcEvidenceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void saveAll(String incidentId, List<Evidence> evidence) {
    List<Object[]> rows = new ArrayList<>();
    for (Evidence e : evidence) {
      rows.add(new Object[] {incidentId, e.id(), e.kind().name(), e.source(), e.service(), e.summary(),
          e.query(), JdbcIncidentRecords.ts(e.windowStart()), JdbcIncidentRecords.ts(e.windowEnd()),
          Json.write(e)});
    }
    jdbc.batchUpdate("""
        insert into evidence values (?,?,?,?,?,?,?,?,?,?)
        on conflict (incident_id, evidence_id) do update set kind = excluded.kind,
          source = excluded.source, service = excluded.service, summary = excluded.summary,
          query = excluded.query, window_start = excluded.window_start,
          window_end = excluded.window_end, payload_json = excluded.payload_json
        """, rows);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Evidence> load(String incidentId) {
    return jdbc.queryForList("select payload_json from evidence where incident_id = ? order by evidence_id",
            String.class, incidentId).stream()
        .map(json -> Json.read(json, Evidence.class))
        .toList();
  }
}
