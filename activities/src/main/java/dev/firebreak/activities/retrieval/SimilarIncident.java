package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One past document similar to the current incident, with the section that matched best.
 *
 * @param score   fused score; only meaningful for ordering within one result list
 * @param why     one line for humans, e.g. {@code shared service checkout; same root-cause kind (deploy); matching terms: pool, timeout}
 * @param excerpt the start of the matching section
 */
public record SimilarIncident(
        String documentId,
        DocumentKind kind,
        String title,
        String section,
        double score,
        String rootCauseKind,
        List<String> services,
        LocalDate date,
        String why,
        String excerpt) {
}
