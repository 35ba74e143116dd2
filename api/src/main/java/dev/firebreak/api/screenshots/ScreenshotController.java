package dev.firebreak.api.screenshots;

import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/incidents/{id}/evidence/screenshots}: a PNG or JPEG becomes evidence of the
 * incident, with the text Tesseract reads from it (and what a vision model saw, when configured).
 * Everything is checked before anything is stored: size (413), declared type and magic bytes
 * (415), presence (400).
 */
@RestController
class ScreenshotController {
  private final Screenshots screenshots;

  ScreenshotController(Screenshots screenshots) {
    this.screenshots = screenshots;
  }

  @PostMapping(path = "/api/v1/incidents/{id}/evidence/screenshots", consumes = "multipart/form-data")
  ResponseEntity<Screenshots.Stored> upload(@PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "actor", required = false) String actor) throws IOException {
    screenshots.requireIncident(id);
    if (file == null || file.isEmpty()) {
      throw ApiException.badField("file", "a PNG or JPEG image is required (multipart field \"file\")");
    }
    // refused before the bytes are read
    screenshots.tooLarge(file.getSize());
    return ResponseEntity.status(HttpStatus.CREATED).body(screenshots.attach(id, Caller.current().actor(actor),
        file.getOriginalFilename(), file.getContentType(), file.getBytes(), "upload"));
  }

  @ExceptionHandler(Screenshots.Rejected.class)
  ResponseEntity<ProblemDetail> rejected(Screenshots.Rejected e) {
    return ResponseEntity.status(e.status).body(ProblemDetail.forStatusAndDetail(e.status, e.getMessage()));
  }
}
