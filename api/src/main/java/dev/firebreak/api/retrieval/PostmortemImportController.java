package dev.firebreak.api.retrieval;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Imports a past postmortem (markdown with front matter) into the similar-incident index. */
@RestController
class PostmortemImportController {
  private final ObjectProvider<SimilarIncidentRetriever> retriever;
  private final AuditLog audit;

  PostmortemImportController(ObjectProvider<SimilarIncidentRetriever> retriever, AuditLog audit) {
    this.retriever = retriever;
    this.audit = audit;
  }

  /** Removes an imported postmortem from the index (admins only). */
  @DeleteMapping("/api/v1/postmortems/{*id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    String documentId = "imported" + id;
    retriever().delete(List.of(documentId));
    audit.record(Caller.current().actor(null), "postmortem.delete", null, null, documentId, null);
    return ResponseEntity.noContent().build();
  }

  private SimilarIncidentRetriever retriever() {
    SimilarIncidentRetriever r = retriever.getIfAvailable();
    if (r == null) {
      throw ApiException.unavailable("similar-incident retrieval is switched off (firebreak.retrieval.enabled)");
    }
    return r;
  }

  record ImportRequest(
      @NotBlank @Size(max = 200) @Pattern(regexp = "(?!.*\\.\\.)[A-Za-z0-9._/-]+", message = "letters, digits, '.', '_', '/' and '-' only, no '..'") String id,
      @NotBlank String markdown) {}

  @PostMapping("/api/v1/postmortems")
  ResponseEntity<Map<String, Object>> importPostmortem(@Valid @RequestBody ImportRequest body) {
    SimilarIncidentRetriever r = retriever();
    String documentId = "imported/" + body.id();
    try {
      var report = r.indexMarkdown(documentId, body.markdown(), DocumentKind.POSTMORTEM);
      audit.record(Caller.current().actor(null), "postmortem.import", null, null, documentId, null);
      return ResponseEntity.status(201).body(Map.of("documentId", documentId, "report", report.toString()));
    } catch (InvalidRetrievalInputException e) {
      throw ApiException.badField("markdown", e.getMessage());
    }
  }
}
