package dev.firebreak.api.postmortem;

import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.retrieval.RetrievalConfig;
import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/incidents/{id}/postmortem} saves an edited postmortem as a new version;
 * {@code GET .../postmortem/versions} lists them. The markdown export serves the latest. Admins
 * may delete a postmortem (a draft written from a wrong premise should not teach later triage).
 */
@RestController
class PostmortemEditController {
  static final int MAX_MARKDOWN = 200_000;

  private final PostmortemVersions versions;
  private final AuditLog audit;
  private final ObjectProvider<SimilarIncidentRetriever> retriever;

  PostmortemEditController(PostmortemVersions versions, AuditLog audit,
      ObjectProvider<SimilarIncidentRetriever> retriever) {
    this.versions = versions;
    this.audit = audit;
    this.retriever = retriever;
  }

  record Edit(String markdown, String author) {}

  @PutMapping("/api/v1/incidents/{id}/postmortem")
  PostmortemVersions.Version edit(@PathVariable String id, @RequestBody Edit edit) {
    if (edit.markdown() == null || edit.markdown().isBlank()) {
      throw ApiException.badField("markdown", "must not be blank");
    }
    if (edit.markdown().length() > MAX_MARKDOWN) {
      throw ApiException.badField("markdown", "longer than " + MAX_MARKDOWN + " characters");
    }
    Actor editor = Caller.current().actor(edit.author());
    PostmortemVersions.Version saved = versions.save(id, edit.markdown(), editor.name());
    audit.record(editor, "postmortem.edit", id, null, "version " + saved.version(), null);
    return saved;
  }

  /** Deletes the postmortem, its versions and its entry in the similar-incident index. */
  @DeleteMapping("/api/v1/incidents/{id}/postmortem")
  ResponseEntity<Void> delete(@PathVariable String id) {
    int versionsDeleted = versions.delete(id);
    retriever.ifAvailable(r -> r.delete(List.of(RetrievalConfig.documentIdOf(id))));
    audit.record(Caller.current().actor(null), "postmortem.delete", id, null, null,
        versionsDeleted + " versions deleted");
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/incidents/{id}/postmortem/versions")
  List<PostmortemVersions.Version> versions(@PathVariable String id) {
    return versions.list(id);
  }
}
