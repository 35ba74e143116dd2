package dev.firebreak.api.screenshots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads stored screenshots: what the war room lists beside the evidence, and the image bytes the
 * evidence endpoint serves. Listing never loads images; only {@link #image} does.
 */
@Component
public class ScreenshotQueries {
  private final JdbcTemplate jdbc;

  ScreenshotQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One screenshot of an incident, without its bytes; {@code ocrText} is null when OCR read nothing. */
  public record Screenshot(String evidenceId, String filename, String contentType, int sizeBytes,
      String ocrText, String uploadedBy, Instant uploadedAt) {}

  record Image(ImageType type, byte[] bytes, String sha256) {}

  /** The incident's screenshots, oldest first. */
  public List<Screenshot> of(String incidentId) {
    return jdbc.query("""
        select evidence_id, filename, content_type, size_bytes, ocr_text, uploaded_by, created_at
        from screenshots where incident_id = ? order by created_at, evidence_id
        """, (rs, n) -> new Screenshot(rs.getString("evidence_id"), rs.getString("filename"),
        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("ocr_text"),
        rs.getString("uploaded_by"), rs.getTimestamp("created_at").toInstant()), incidentId);
  }

  /** The stored image; empty when the incident has no screenshot with this evidence id. */
  Optional<Image> image(String incidentId, String evidenceId) {
    return jdbc.query("select content_type, image, sha256 from screenshots where incident_id = ? and evidence_id = ?",
        (rs, n) -> new Image(ImageType.declared(rs.getString("content_type")), rs.getBytes("image"),
            rs.getString("sha256")), incidentId, evidenceId).stream()
        // Only types the upload accepted are served: a row with anything else is not an image we vouch for.
        .filter(i -> i.type() != null).findFirst();
  }
}
