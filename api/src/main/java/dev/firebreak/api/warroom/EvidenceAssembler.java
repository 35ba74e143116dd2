package dev.firebreak.api.warroom;

import dev.firebreak.activities.support.Json;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.incident.IncidentViews;
import dev.firebreak.api.screenshots.ScreenshotQueries;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.EvidenceSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Arranges an incident's evidence by kind. Metric points are not loaded here: the chart script
 * reads them from the REST evidence endpoint, so a page with many series stays light. Deploy and
 * log items are loaded (through {@link IncidentQueries#evidence}) for their files and samples;
 * screenshots are listed with their OCR text, and the browser loads each image from the REST API.
 */
@Component
class EvidenceAssembler {
  static final int LOG_SAMPLES = 5;

  private final IncidentQueries queries;
  private final ScreenshotQueries screenshots;

  EvidenceAssembler(IncidentQueries queries, ScreenshotQueries screenshots) {
    this.queries = queries;
    this.screenshots = screenshots;
  }

  record Panels(List<EvidencePanels.MetricChart> charts, List<EvidencePanels.LogPatternGroup> logPatterns,
      List<EvidencePanels.LogsCard> logs, List<EvidencePanels.DeployCard> deploys,
      List<EvidencePanels.ScreenshotCard> screenshots, List<EvidencePanels.OtherEvidence> other) {}

  Panels panels(IncidentViews.Detail detail, Citations citations) {
    String incidentId = detail.incident().id();
    List<Evidence> deploys = new ArrayList<>();
    List<EvidencePanels.DeployCard> deployCards = new ArrayList<>();
    List<EvidencePanels.LogsCard> logs = new ArrayList<>();
    List<EvidencePanels.OtherEvidence> other = new ArrayList<>();
    List<EvidenceSummary> metrics = new ArrayList<>();
    List<EvidencePanels.ScreenshotCard> screenshotCards = new ArrayList<>();
    Map<String, ScreenshotQueries.Screenshot> stored = null;
    for (EvidenceSummary e : detail.evidence()) {
      String anchor = Citations.anchor("evidence", e.id());
      switch (e.kind()) {
        case METRIC -> metrics.add(e);
        case DEPLOY -> {
          Evidence full = load(incidentId, e.id());
          if (full.deploy() != null) {
            deploys.add(full);
            deployCards.add(new EvidencePanels.DeployCard(e, anchor, full.deploy(),
                citingFindings(detail, e.id(), FindingText.RECENT_DEPLOY, citations)));
          } else {
            other.add(new EvidencePanels.OtherEvidence(e, anchor));
          }
        }
        case LOGS -> logs.add(logsCard(e, anchor, load(incidentId, e.id())));
        case SCREENSHOT -> {
          if (stored == null) {
            stored = screenshots.of(incidentId).stream()
                .collect(Collectors.toMap(ScreenshotQueries.Screenshot::evidenceId, s -> s));
          }
          ScreenshotQueries.Screenshot s = stored.get(e.id());
          if (s != null) {
            screenshotCards.add(screenshotCard(incidentId, e, anchor, s));
          } else {
            other.add(new EvidencePanels.OtherEvidence(e, anchor));
          }
        }
        default -> other.add(new EvidencePanels.OtherEvidence(e, anchor));
      }
    }
    Instant alertTime = alertTime(detail);
    List<EvidencePanels.MetricChart> charts = metrics.stream()
        .map(m -> chart(detail, m, alertTime, deploys, citations)).toList();
    return new Panels(charts, logPatterns(detail, citations), logs, deployCards, screenshotCards, other);
  }

  private static EvidencePanels.ScreenshotCard screenshotCard(String incidentId, EvidenceSummary e, String anchor,
      ScreenshotQueries.Screenshot s) {
    String imageUrl = UriComponentsBuilder.fromPath("/api/v1/incidents/{id}/evidence/{evidenceId}/image")
        .buildAndExpand(incidentId, e.id()).encode().toUriString();
    return new EvidencePanels.ScreenshotCard(e, anchor, imageUrl, s.filename(), s.contentType(), s.sizeBytes(),
        s.uploadedBy(), s.uploadedAt(), s.ocrText());
  }

  private EvidencePanels.MetricChart chart(IncidentViews.Detail detail, EvidenceSummary metric, Instant alertTime,
      List<Evidence> deploys, Citations citations) {
    List<EvidencePanels.ChartMarker> markers = new ArrayList<>();
    if (alertTime != null) {
      markers.add(new EvidencePanels.ChartMarker("alert", alertTime.toEpochMilli(), "alert fired"));
    }
    // Only deploys of the series' own service: a deploy elsewhere drawn on this chart would
    // suggest a link the evidence does not make.
    for (Evidence d : deploys) {
      if (Objects.equals(d.deploy().service(), metric.service())) {
        markers.add(new EvidencePanels.ChartMarker("deploy", d.deploy().ts().toEpochMilli(),
            "deploy " + d.deploy().commit()));
      }
    }
    List<Citation> anomalyFindings = new ArrayList<>();
    for (Finding f : detail.findings()) {
      if (f.evidenceIds().contains(metric.id())) {
        FindingText.anomalyFlaggedAt(f).ifPresent(at -> {
          markers.add(new EvidencePanels.ChartMarker("anomaly", at.toEpochMilli(), "anomaly flagged"));
          anomalyFindings.add(citations.of(f.id()));
        });
      }
    }
    markers.sort(Comparator.comparingLong(EvidencePanels.ChartMarker::atMillis));
    String dataUrl = UriComponentsBuilder.fromPath("/api/v1/incidents/{id}/evidence/{evidenceId}")
        .buildAndExpand(detail.incident().id(), metric.id()).encode().toUriString();
    return new EvidencePanels.MetricChart(metric, Citations.anchor("evidence", metric.id()), dataUrl,
        dataUrl + "/anomaly-scores", markers, anomalyFindings);
  }

  private static List<EvidencePanels.LogPatternGroup> logPatterns(IncidentViews.Detail detail, Citations citations) {
    return detail.findings().stream().filter(f -> FindingText.ERROR_LOG_SPIKE.equals(f.rule()))
        .map(f -> new EvidencePanels.LogPatternGroup(citations.of(f.id()), f.service(), f.title(),
            FindingText.logPatterns(f), citations.of(f.evidenceIds())))
        .toList();
  }

  private static List<Citation> citingFindings(IncidentViews.Detail detail, String evidenceId, String rule,
      Citations citations) {
    return detail.findings().stream().filter(f -> rule.equals(f.rule()) && f.evidenceIds().contains(evidenceId))
        .map(f -> citations.of(f.id())).toList();
  }

  private static EvidencePanels.LogsCard logsCard(EvidenceSummary e, String anchor, Evidence full) {
    List<LogLine> lines = full.logs();
    List<LogLine> latestErrors = lines.stream().filter(LogLine::isError)
        .sorted(Comparator.comparing(LogLine::ts, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
        .limit(LOG_SAMPLES).toList();
    return new EvidencePanels.LogsCard(e, anchor, lines.size(), lines.stream().filter(LogLine::isError).count(),
        lines.stream().filter(l -> l.isErrorOrWarning() && !l.isError()).count(), latestErrors);
  }

  /** When the first alert of the incident started; the incident's opening when it had none. */
  static Instant alertTime(IncidentViews.Detail detail) {
    return detail.alerts().stream().map(Alert::startsAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(detail.incident().openedAt());
  }

  private Evidence load(String incidentId, String evidenceId) {
    return Json.MAPPER.convertValue(queries.evidence(incidentId, evidenceId), Evidence.class);
  }
}
