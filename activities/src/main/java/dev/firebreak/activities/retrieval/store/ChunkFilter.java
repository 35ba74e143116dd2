package dev.firebreak.activities.retrieval.store;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * Hard filters a store applies before scoring. Null fields do not filter.
 *
 * @param service keep only chunks whose document lists this service
 * @param from    keep only documents dated on or after this day (undated documents are dropped when set)
 * @param to      keep only documents dated on or before this day (undated documents are dropped when set)
 * @param kinds   keep only these kinds; empty means all kinds
 */
public record ChunkFilter(String service, LocalDate from, LocalDate to, Set<DocumentKind> kinds) {

    public static final ChunkFilter NONE = new ChunkFilter(null, null, null, Set.of());

    public ChunkFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        service = service == null || service.isBlank() ? null : service.trim();
    }

    public boolean restrictsKinds() {
        return !kinds.isEmpty() && kinds.size() < DocumentKind.values().length;
    }
}
