package dev.firebreak.api.retrieval;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.api.web.ApiException;
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

  PostmortemImportController(ObjectProvider<SimilarIncidentRetriever> retriever) {
    this.retriever = retriever;
  }

  record ImportRequest(
      @NotBlank @Size(max = 200) @Pattern(regexp = "(?!.*\\.\\.)[A-Za-z0-9._/-]+", message = "letters, digits, '.', '_', '/' and '-' only, no '..'") String id,
      @NotBlank String markdown) {}

  @PostMapping("/api/v1/postmortems")
  ResponseEntity<Map<String, Object>> importPostmortem(@Valid @RequestBody ImportRequest body) {
    SimilarIncidentRetriever r = retriever.getIfAvailable();
    if (r == null) {
      throw ApiException.unavailable("similar-incident retrieval is switched off (firebreak.retrieval.enabled)");
    }
    String documentId = "imported/" + body.id();
    try {
      var report = r.indexMarkdown(documentId, body.markdown(), DocumentKind.POSTMORTEM);
      return ResponseEntity.status(201).body(Map.of("documentId", documentId, "report", report.toString()));
    } catch (InvalidRetrievalInputException e) {
      throw ApiException.badField("markdown", e.getMessage());
    }
  }
}
