package dev.firebreak.api.warroom;

import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.workflows.incident.EvidenceSummary;
import java.util.List;

/** What the war room shows of each kind of evidence. */
public final class EvidencePanels {
  private EvidencePanels() {}

  /** A line drawn across a chart at an instant, and listed in text beside it. */
  public record ChartMarker(String kind, long atMillis, String label) {
    public java.time.Instant at() {
      return java.time.Instant.ofEpochMilli(atMillis);
    }
  }

  /**
   * A metric series. The page's script fetches the points from {@code dataUrl} (the evidence
   * endpoint of the REST API) and the detector's score of each point from {@code scoresUrl}, and
   * draws them with the markers; {@code markers} is also rendered as text so the chart's meaning
   * does not depend on seeing it.
   */
  public record MetricChart(EvidenceSummary evidence, String anchor, String dataUrl, String scoresUrl,
      List<ChartMarker> markers, List<Citation> anomalyFindings) {

    /** For the chart script; an attribute value, so Thymeleaf escapes it like any other. */
    public String markersJson() {
      return dev.firebreak.activities.support.Json.write(markers);
    }
  }

  /** Log evidence: how many lines of which level, and the latest error lines as samples. */
  public record LogsCard(EvidenceSummary evidence, String anchor, int lines, long errors, long warnings,
      List<LogLine> samples) {}

  /** The dominant patterns an error-log-spike finding reports, with the evidence it read. */
  public record LogPatternGroup(Citation finding, String service, String title,
      List<FindingText.LogPattern> patterns, List<Citation> evidence) {}

  /** A deploy with its changed files and the recent-deploy findings that cite it. */
  public record DeployCard(EvidenceSummary evidence, String anchor, Deploy deploy, List<Citation> citedBy) {}

  /**
   * An uploaded screenshot: the image (served by the REST evidence endpoint at {@code imageUrl})
   * and the text OCR read from it, which is what the rules and the model see of it.
   */
  public record ScreenshotCard(EvidenceSummary evidence, String anchor, String imageUrl, String filename,
      String contentType, int sizeBytes, String uploadedBy, java.time.Instant uploadedAt, String ocrText) {

    public boolean hasText() {
      return ocrText != null && !ocrText.isBlank();
    }

    /** Short alternative text; the full OCR text is printed beside the image, not hidden in alt. */
    public String alt() {
      return "Screenshot" + (filename == null || filename.isBlank() ? "" : " " + filename)
          + (uploadedBy == null ? "" : " uploaded by " + uploadedBy)
          + (hasText() ? "; the text read from it follows" : "");
    }
  }

  /** Evidence without a dedicated view (alerts, related incidents). */
  public record OtherEvidence(EvidenceSummary evidence, String anchor) {}
}
