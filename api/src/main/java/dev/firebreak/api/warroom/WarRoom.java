package dev.firebreak.api.warroom;

import dev.firebreak.workflows.incident.RetrievalActivities;

import dev.firebreak.analysis.ranking.Hypothesis;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.api.incident.IncidentViews;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.util.List;

/** Everything the war-room page shows of one incident, shaped for the templates. */
public record WarRoom(
    Header header,
    List<TimelineItem> timeline,
    List<EvidencePanels.MetricChart> charts,
    List<EvidencePanels.LogPatternGroup> logPatterns,
    List<EvidencePanels.LogsCard> logs,
    List<EvidencePanels.DeployCard> deploys,
    List<EvidencePanels.ScreenshotCard> screenshots,
    List<EvidencePanels.OtherEvidence> otherEvidence,
    List<FindingItem> findings,
    List<HypothesisItem> hypotheses,
    List<ActionItem> actions,
    List<RetrievalActivities.SimilarIncidentRef> similar,
    PostmortemView postmortem) {

  public record Header(
      IncidentViews.Summary incident,
      Severity severity,
      StatusLabel status,
      String elapsed,
      String timeToAcknowledge,
      String workflowId,
      String temporalUrl,
      String slackUrl,
      java.util.Map<String, String> otherRoles) {

    public boolean open() {
      return status.open();
    }

    public boolean acknowledged() {
      return incident.acknowledgedBy() != null;
    }

    /** The commander role's holder; null when nobody was given it. */
    public String commander() {
      return incident.commander();
    }
  }

  public record TimelineItem(TimelineEvent event, String actor, List<Citation> refs) {}

  public record FindingItem(Finding finding, String anchor, List<Citation> evidence) {}

  public record HypothesisItem(Hypothesis hypothesis, String anchor, int confidencePercent, String kind,
      List<Citation> evidence, List<Citation> findings) {}

  public record ActionItem(ActionState state, String anchor, boolean decidable, String status, String decidedBy,
      Citation hypothesis) {}

  /** The drafted postmortem: its markdown (for the edit box) and that markdown rendered, escaped. */
  public record PostmortemView(String markdown, String html, java.time.Instant updatedAt) {}

  public boolean open() {
    return header.open();
  }

  public boolean hasEvidence() {
    return !charts.isEmpty() || !logPatterns.isEmpty() || !logs.isEmpty() || !deploys.isEmpty()
        || !screenshots.isEmpty() || !otherEvidence.isEmpty();
  }
}
