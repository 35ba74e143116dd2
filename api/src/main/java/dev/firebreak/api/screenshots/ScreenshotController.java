package dev.firebreak.api.screenshots;

import dev.firebreak.activities.vision.Observation;
import dev.firebreak.activities.vision.ScreenshotVision;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.api.incident.IncidentCommands;
import dev.firebreak.api.security.Caller;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Actor;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * incident, with the text Tesseract reads from it. Everything is checked before anything is stored:
 * size (413), declared type and magic bytes (415), presence (400).
 */
@RestController
class ScreenshotController {
  private static final Logger log = LoggerFactory.getLogger(ScreenshotController.class);
  private static final int SUMMARY_TEXT = 1500;

  private final ScreenshotStore store;
  private final TesseractOcr ocr;
  private final OcrProperties props;
  private final IncidentCommands commands;
  private final ScreenshotVision vision;

  ScreenshotController(ScreenshotStore store, TesseractOcr ocr, OcrProperties props,
      IncidentCommands commands, ObjectProvider<ScreenshotVision> vision) {
    this.store = store;
    this.ocr = ocr;
    this.props = props;
    this.commands = commands;
    this.vision = vision.getIfAvailable();
  }

  /**
   * @param observations what the vision model saw, each citing {@code evidenceId}; empty without one
   * @param vision one line on the vision model's part, or null when none is configured
   */
  record Stored(String incidentId, String evidenceId, String contentType, long sizeBytes,
      String ocrText, String ocrProblem, List<Observation> observations, String vision) {}

  static final class Rejected extends RuntimeException {
    final HttpStatus status;

    Rejected(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  @PostMapping(path = "/api/v1/incidents/{id}/evidence/screenshots", consumes = "multipart/form-data")
  ResponseEntity<Stored> upload(@PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "actor", required = false) String actor) throws IOException {
    String service = store.serviceOf(id);
    if (service == null) {
      throw ApiException.notFound("incident", id);
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.badField("file", "a PNG or JPEG image is required (multipart field \"file\")");
    }
    if (file.getSize() > props.maxImageBytes()) {
      throw new Rejected(HttpStatus.CONTENT_TOO_LARGE, "the screenshot is " + file.getSize()
          + " bytes; the limit is " + props.maxImageBytes() + " bytes");
    }
    ImageType type = ImageType.declared(file.getContentType());
    if (type == null) {
      throw new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type " + file.getContentType()
          + " is not accepted; send image/png or image/jpeg");
    }
    byte[] bytes = file.getBytes();
    if (!type.matches(bytes)) {
      throw new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "the file is declared " + type.contentType + " but its content is not a " + type.name() + " image");
    }
    String sha = sha256(bytes);
    String evidenceId = "ev-screenshot-" + sha.substring(0, 12);
    TesseractOcr.Result read = ocr.read(bytes, type.suffix);
    Actor uploader = Caller.current().actor(actor);
    String who = uploader.name();
    ScreenshotVision.Analysis seen = vision == null ? null
        : vision.analyse(new ScreenshotVision.Screenshot(id, evidenceId, type.contentType, bytes, read.text()));
    Evidence evidence = new Evidence(evidenceId, EvidenceKind.SCREENSHOT, "upload", service,
        summary(file.getOriginalFilename(), who, read, seen), Instant.now(), Instant.now(),
        "tesseract -l " + props.language(), null, null, null);
    store.save(new ScreenshotStore.Upload(id, evidence, file.getOriginalFilename(), type, bytes, sha,
        read.text(), who, seen));
    noteOnTimeline(id, uploader, evidenceId, seen);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Stored(id, evidenceId, type.contentType,
        bytes.length, read.text(), read.problem(), seen == null ? List.of() : seen.observations(),
        seen == null ? null : seen.summary()));
  }

  private static String summary(String filename, String who, TesseractOcr.Result read,
      ScreenshotVision.Analysis seen) {
    String head = "Screenshot " + (filename == null ? "" : filename + " ") + "uploaded by " + who;
    String ocrPart;
    if (read.text() == null) {
      ocrPart = head + "; no text extracted (" + read.problem() + ")";
    } else {
      String text = read.text().replaceAll("\\s+", " ");
      ocrPart = head + "; text: " + cut(text);
    }
    return seen == null ? ocrPart : ocrPart + "; " + cut(seen.summary());
  }

  private static String cut(String s) {
    return s.length() > SUMMARY_TEXT ? s.substring(0, SUMMARY_TEXT) + "…" : s;
  }

  /** The timeline says when the screenshot arrived; a resolved incident keeps it as evidence only. */
  private void noteOnTimeline(String id, Actor uploader, String evidenceId, ScreenshotVision.Analysis seen) {
    String observed = "";
    if (seen != null && seen.problem() == null) {
      long confirmed = seen.observations().stream().filter(o -> o.support().equals(Observation.OCR)).count();
      observed = " (" + seen.observations().size() + " observations by " + seen.model() + ", " + confirmed
          + " confirmed by OCR)";
    }
    try {
      commands.note(id, uploader, "Screenshot attached as evidence " + evidenceId + observed,
          "screenshot-" + evidenceId);
    } catch (ApiException e) {
      log.info("screenshot {} stored without a timeline note: {}", evidenceId, e.getMessage());
    }
  }

  @ExceptionHandler(Rejected.class)
  ResponseEntity<ProblemDetail> rejected(Rejected e) {
    return ResponseEntity.status(e.status).body(ProblemDetail.forStatusAndDetail(e.status, e.getMessage()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
