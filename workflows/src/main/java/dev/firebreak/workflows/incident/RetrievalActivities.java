package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.IncidentFacts;
import io.temporal.activity.ActivityInterface;
import java.util.List;
import java.util.Map;

/** Finds past postmortems and runbooks like this incident. Read-only, so retries are harmless. */
@ActivityInterface
public interface RetrievalActivities {

  /** The most similar documents, best first; empty when retrieval is switched off. */
  List<SimilarIncidentRef> findSimilarIncidents(SimilarRequest request);

  record SimilarRequest(IncidentFacts facts, Map<String, String> annotations, List<Finding> findings) {}

  /**
   * @param why one line on what matched: shared service, same root-cause kind, error pattern
   */
  record SimilarIncidentRef(
      String documentId, String kind, String title, String section, double score, String rootCauseKind,
      List<String> services, String why) {}
}
