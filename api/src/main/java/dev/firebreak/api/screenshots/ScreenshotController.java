package dev.firebreak.api.screenshots;

import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/incidents/{id}/evidence/screenshots}: a PNG or JPEG becomes evidence of the
 * incident, with the text Tesseract reads from it (and what a vision model saw, when configured).
 * Everything is checked before anything is stored: size (413), declared type and magic bytes
 * (415), presence (400). {@code GET /api/v1/incidents/{id}/evidence/{evidenceId}/image} serves the
 * stored image back.
 */
@RestController
class ScreenshotController {
  private final Screenshots screenshots;
  private final ScreenshotQueries queries;

  ScreenshotController(Screenshots screenshots, ScreenshotQueries queries) {
    this.screenshots = screenshots;
    this.queries = queries;
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

  /**
   * The image as uploaded, with the type its magic bytes were checked against. The evidence id is
   * derived from the image's hash, so the bytes behind a URL never change: an ETag and a private
   * cache suffice. {@code nosniff} and a CSP that allows nothing keep a browser from treating the
   * bytes as anything but an image.
   */
  @GetMapping("/api/v1/incidents/{id}/evidence/{evidenceId}/image")
  ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String evidenceId, WebRequest request) {
    screenshots.requireIncident(id);
    ScreenshotQueries.Image image = queries.image(id, evidenceId)
        .orElseThrow(() -> ApiException.notFound("screenshot", evidenceId + " of incident " + id));
    String etag = "\"" + image.sha256() + "\"";
    if (request.checkNotModified(etag)) {
      return null;
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.type().contentType))
        .contentLength(image.bytes().length)
        .eTag(etag)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Content-Disposition", "inline")
        .body(image.bytes());
  }

  @ExceptionHandler(Screenshots.Rejected.class)
  ResponseEntity<ProblemDetail> rejected(Screenshots.Rejected e) {
    return ResponseEntity.status(e.status).body(ProblemDetail.forStatusAndDetail(e.status, e.getMessage()));
  }
}
