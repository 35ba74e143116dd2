package dev.firebreak.api.postmortem;

import dev.firebreak.api.web.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/incidents/{id}/postmortem} saves an edited postmortem as a new version;
 * {@code GET .../postmortem/versions} lists them. The markdown export serves the latest.
 */
@RestController
class PostmortemEditController {
  static final int MAX_MARKDOWN = 200_000;

  private final PostmortemVersions versions;

  PostmortemEditController(PostmortemVersions versions) {
    this.versions = versions;
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
    if (edit.author() == null || edit.author().isBlank()) {
      throw ApiException.badField("author", "who edited the postmortem is required");
    }
    return versions.save(id, edit.markdown(), edit.author().strip());
  }

  @GetMapping("/api/v1/incidents/{id}/postmortem/versions")
  List<PostmortemVersions.Version> versions(@PathVariable String id) {
    return versions.list(id);
  }
}
