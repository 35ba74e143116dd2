package dev.firebreak.api.screenshots;

import dev.firebreak.activities.support.Sha256;
import dev.firebreak.activities.vision.Observation;
import dev.firebreak.activities.vision.ScreenshotVision;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.api.incident.IncidentCommands;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.EvidenceSummary;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Makes an image evidence of an incident, whichever way it came (the REST upload, a Slack thread):
 * checks size, declared type and magic bytes before anything is stored, reads its text with
 * Tesseract, lets the vision model look when one is configured, stores evidence and image together
 * and notes the arrival on the timeline. The same image twice is the same evidence id and one note.
 */
@Component
public class Screenshots {
  private static final Logger log = LoggerFactory.getLogger(Screenshots.class);
  private static final int SUMMARY_TEXT = 1500;

  private final ScreenshotStore store;
  private final TesseractOcr ocr;
  private final OcrProperties props;
  private final IncidentCommands commands;
  private final ScreenshotVision vision;

  Screenshots(ScreenshotStore store, TesseractOcr ocr, OcrProperties props, IncidentCommands commands,
      ObjectProvider<ScreenshotVision> vision) {
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
  public record Stored(String incidentId, String evidenceId, String contentType, long sizeBytes,
      String ocrText, String ocrProblem, List<Observation> observations, String vision) {}

  /** A refusal with the HTTP status it maps to (413, 415). */
  public static final class Rejected extends RuntimeException {
    final HttpStatus status;

    Rejected(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** @throws ApiException 404 when there is no such incident */
  public void requireIncident(String incidentId) {
    if (store.serviceOf(incidentId) == null) {
      throw ApiException.notFound("incident", incidentId);
    }
  }

  /** The largest image accepted, in bytes. */
  public long maxImageBytes() {
    return props.maxImageBytes();
  }

  /**
   * @param source where it came from: "upload" or "slack"
   * @throws ApiException 404 when there is no such incident
   * @throws Rejected when the image is too large (413) or not a PNG or JPEG (415)
   */
  public Stored attach(String incidentId, Actor uploader, String filename, String declaredType, byte[] bytes,
      String source) {
    String service = store.serviceOf(incidentId);
    if (service == null) {
      throw ApiException.notFound("incident", incidentId);
    }
    tooLarge(bytes.length);
    ImageType type = ImageType.declared(declaredType);
    if (type == null) {
      throw new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type " + declaredType
          + " is not accepted; send image/png or image/jpeg");
    }
    if (!type.matches(bytes)) {
      throw new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "the file is declared " + type.contentType + " but its content is not a " + type.name() + " image");
    }
    String sha = Sha256.hex(bytes);
    String evidenceId = "ev-screenshot-" + sha.substring(0, 12);
    TesseractOcr.Result read = ocr.read(bytes, type.suffix);
    String who = uploader.name();
    ScreenshotVision.Analysis seen = vision == null ? null
        : vision.analyse(new ScreenshotVision.Screenshot(incidentId, evidenceId, type.contentType, bytes, read.text()));
    Evidence evidence = Evidence.screenshot(evidenceId, source, service, summary(filename, who, source, read, seen),
        read.text(), Instant.now(), "tesseract -l " + props.language());
    store.save(new ScreenshotStore.Upload(incidentId, evidence, filename, type, bytes, sha, read.text(), who, seen));
    addToIncident(incidentId, uploader, evidence, seen);
    return new Stored(incidentId, evidenceId, type.contentType, bytes.length, read.text(), read.problem(),
        seen == null ? List.of() : seen.observations(), seen == null ? null : seen.summary());
  }

  /** @throws Rejected (413) above the configured size */
  public void tooLarge(long size) {
    if (size > props.maxImageBytes()) {
      throw new Rejected(HttpStatus.CONTENT_TOO_LARGE, "the screenshot is " + size
          + " bytes; the limit is " + props.maxImageBytes() + " bytes");
    }
  }

  private static String summary(String filename, String who, String source, TesseractOcr.Result read,
      ScreenshotVision.Analysis seen) {
    String head = "Screenshot " + (filename == null ? "" : filename + " ")
        + (source.equals("upload") ? "uploaded" : "shared in " + source) + " by " + who;
    String ocrPart;
    if (read.text() == null) {
      ocrPart = head + "; no text extracted (" + read.problem() + ")";
    } else {
      ocrPart = head + "; text: " + cut(read.text().replaceAll("\\s+", " "));
    }
    return seen == null ? ocrPart : ocrPart + "; " + cut(seen.summary());
  }

  private static String cut(String s) {
    return s.length() > SUMMARY_TEXT ? s.substring(0, SUMMARY_TEXT) + "…" : s;
  }

  /**
   * The incident cites the screenshot from now on and reassesses its hypotheses with it (rules read
   * its text); the timeline says when it arrived. A resolved incident keeps it as evidence only.
   */
  private void addToIncident(String id, Actor uploader, Evidence evidence, ScreenshotVision.Analysis seen) {
    String evidenceId = evidence.id();
    String observed = "";
    if (seen != null && seen.problem() == null) {
      long confirmed = seen.observations().stream().filter(o -> o.support().equals(Observation.OCR)).count();
      observed = " (" + seen.observations().size() + " observations by " + seen.model() + ", " + confirmed
          + " confirmed by OCR)";
    }
    try {
      commands.addEvidence(id, uploader, EvidenceSummary.of(evidence), "Screenshot attached as evidence " + evidenceId + observed, "screenshot-" + evidenceId);
    } catch (ApiException e) {
      log.info("screenshot {} stored without a timeline note: {}", evidenceId, e.getMessage());
    }
  }
}
