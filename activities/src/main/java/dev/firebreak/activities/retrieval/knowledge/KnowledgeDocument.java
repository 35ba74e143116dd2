package dev.firebreak.activities.retrieval.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A postmortem or runbook as parsed from markdown with front matter.
 *
 * @param id            stable id, the path relative to the knowledge root (e.g. {@code postmortems/x.md})
 * @param date          incident date; null for undated documents such as runbooks
 * @param rootCauseKind e.g. {@code deploy}, {@code capacity}; null when the front matter has none
 * @param body          markdown after the front matter
 * @param contentHash   SHA-256 of the whole file, used to skip re-indexing unchanged documents
 */
public record KnowledgeDocument(
        String id,
        DocumentKind kind,
        String title,
        LocalDate date,
        List<String> services,
        String severity,
        String rootCauseKind,
        List<String> tags,
        String body,
        String contentHash) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        services = List.copyOf(services == null ? List.of() : services);
        tags = List.copyOf(tags == null ? List.of() : tags);
        title = title == null || title.isBlank() ? id : title;
        body = body == null ? "" : body;
    }
}
