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
   * endpoint of the REST API) and draws them with the markers; {@code markers} is also rendered as
   * text so the chart's meaning does not depend on seeing it.
   */
  public record MetricChart(EvidenceSummary evidence, String anchor, String dataUrl, List<ChartMarker> markers,
      List<Citation> anomalyFindings) {

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

  /** Evidence without a dedicated view (alerts, related incidents). */
  public record OtherEvidence(EvidenceSummary evidence, String anchor) {}
}
