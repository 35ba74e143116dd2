package dev.firebreak.api.screenshots;

import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.activities.support.Json;
import dev.firebreak.activities.vision.ScreenshotVision;
import dev.firebreak.analysis.evidence.Evidence;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the evidence row and the image in one transaction: both or neither. */
@Component
class ScreenshotStore {
  private final JdbcTemplate jdbc;
  private final EvidenceStore evidence;

  ScreenshotStore(JdbcTemplate jdbc, EvidenceStore evidence) {
    this.jdbc = jdbc;
    this.evidence = evidence;
  }

  /** @param seen what a vision model observed, or null when none is configured */
  record Upload(String incidentId, Evidence evidence, String filename, ImageType type, byte[] image,
      String sha256, String ocrText, String uploadedBy, ScreenshotVision.Analysis seen) {}

  @Transactional
  void save(Upload u) {
    evidence.saveAll(u.incidentId(), List.of(u.evidence()));
    jdbc.update("""
        insert into screenshots (incident_id, evidence_id, filename, content_type, size_bytes, sha256, image,
          ocr_text, uploaded_by, created_at, observations, vision_model)
        values (?,?,?,?,?,?,?,?,?,?,?,?)
        on conflict (incident_id, evidence_id) do nothing
        """, u.incidentId(), u.evidence().id(), u.filename(), u.type().contentType, u.image().length,
        u.sha256(), u.image(), u.ocrText(), u.uploadedBy(), Timestamp.from(Instant.now()),
        u.seen() == null ? null : Json.write(u.seen().observations()), u.seen() == null ? null : u.seen().model());
  }

  /** The incident's service, or null when there is no such incident. */
  String serviceOf(String incidentId) {
    List<String> rows = jdbc.query("select coalesce(service, '') from incidents where id = ?",
        (rs, n) -> rs.getString(1), incidentId);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
