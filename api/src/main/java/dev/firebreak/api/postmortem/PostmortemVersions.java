package dev.firebreak.api.postmortem;

import dev.firebreak.api.web.ApiException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of a drafted postmortem, each kept as a version. The current text stays in
 * {@code postmortems} (what GET and the markdown export serve); history is in
 * {@code postmortem_versions}, starting with Firebreak's draft as version 1.
 */
@Component
class PostmortemVersions {
  private final JdbcTemplate jdbc;

  PostmortemVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Version(int version, String author, Instant createdAt, String markdown) {}

  @Transactional
  Version save(String incidentId, String markdown, String author) {
    // locks the row: two concurrent edits get consecutive versions, not the same one
    List<String> draft = jdbc.queryForList(
        "select markdown from postmortems where incident_id = ? for update", String.class, incidentId);
    if (draft.isEmpty()) {
      throw ApiException.notFound("postmortem of incident", incidentId);
    }
    Integer last = jdbc.queryForObject(
        "select coalesce(max(version), 0) from postmortem_versions where incident_id = ?", Integer.class,
        incidentId);
    Instant now = Instant.now();
    if (last == 0) {
      insert(incidentId, 1, draft.get(0), "firebreak", now);
      last = 1;
    }
    insert(incidentId, last + 1, markdown, author, now);
    jdbc.update("update postmortems set markdown = ?, updated_at = ? where incident_id = ?", markdown,
        Timestamp.from(now), incidentId);
    return new Version(last + 1, author, now, markdown);
  }

  @Transactional(readOnly = true)
  List<Version> list(String incidentId) {
    List<String> current = jdbc.queryForList("select markdown from postmortems where incident_id = ?",
        String.class, incidentId);
    if (current.isEmpty()) {
      throw ApiException.notFound("postmortem of incident", incidentId);
    }
    List<Version> versions = jdbc.query("""
        select version, author, created_at, markdown from postmortem_versions
        where incident_id = ? order by version""",
        (rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getString(4)), incidentId);
    // never edited: the draft is the only version
    return versions.isEmpty() ? List.of(new Version(1, "firebreak", null, current.get(0))) : versions;
  }

  /** Deletes the postmortem and its versions; the number of versions removed. */
  @Transactional
  int delete(String incidentId) {
    int versions = jdbc.update("delete from postmortem_versions where incident_id = ?", incidentId);
    if (jdbc.update("delete from postmortems where incident_id = ?", incidentId) == 0) {
      throw ApiException.notFound("postmortem of incident", incidentId);
    }
    return versions;
  }

  private void insert(String incidentId, int version, String markdown, String author, Instant at) {
    jdbc.update("insert into postmortem_versions values (?,?,?,?,?)", incidentId, version, markdown,
        author, Timestamp.from(at));
  }
}
