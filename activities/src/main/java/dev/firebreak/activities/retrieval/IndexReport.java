package dev.firebreak.activities.retrieval;

/** What an indexing run did, counted in documents except {@code chunks} (chunks written). */
public record IndexReport(int added, int updated, int unchanged, int removed, int chunks) {
}
