package dev.firebreak.activities.retrieval;

import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.workflows.incident.RetrievalActivities;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the retrieval query from the alert and the incident's strongest findings (dominant error
 * pattern, a deploy with visible effects, the affected metric) and returns the top documents.
 */
public class RetrievalActivitiesImpl implements RetrievalActivities {
  static final int TOP = 3;
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

  private final SimilarIncidentRetriever retriever;

  /** @param retriever null when retrieval is switched off: every search then finds nothing */
  public RetrievalActivitiesImpl(SimilarIncidentRetriever retriever) {
    this.retriever = retriever;
  }

  @Override
  public List<SimilarIncidentRef> findSimilarIncidents(SimilarRequest request) {
    if (retriever == null) {
      return List.of();
    }
    AlertContext context = new AlertContext(request.facts().alertname(), request.facts().labels(),
        request.annotations(), errorPattern(request.findings()).orElse(null),
        strongFinding(request.findings(), "recent-deploy").orElse(null),
        strongFinding(request.findings(), "latency-tail")
            .or(() -> strongFinding(request.findings(), "metric-anomaly")).orElse(null));
    return retriever.findSimilar(context.toQuery().withK(TOP)).stream()
        .map(s -> new SimilarIncidentRef(s.documentId(), s.kind().name(), s.title(), s.section(),
            Math.round(s.score() * 1000) / 1000.0, s.rootCauseKind(), s.services(), s.why()))
        .toList();
  }

  private static Optional<String> errorPattern(List<Finding> findings) {
    return findings.stream().filter(f -> f.rule().equals("error-log-spike")).findFirst().flatMap(f -> {
      Matcher m = BACKTICKED.matcher(f.title());
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    });
  }

  /** A finding worth searching by: red-herring deploys (LOW) would only bias the search. */
  private static Optional<String> strongFinding(List<Finding> findings, String rule) {
    return findings.stream()
        .filter(f -> f.rule().equals(rule) && f.severity().compareTo(FindingSeverity.MEDIUM) >= 0)
        .map(Finding::title).findFirst();
  }
}
