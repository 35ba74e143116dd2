package dev.firebreak.activities.retrieval.store;

import dev.firebreak.activities.retrieval.RetrievalMode;
import java.util.Objects;

/**
 * @param text   query text for BM25 (unused in {@link RetrievalMode#VECTOR})
 * @param vector query embedding (unused in {@link RetrievalMode#LEXICAL}); any length-matching vector, stores normalise it
 * @param k      number of chunks wanted
 */
public record ChunkQuery(String text, float[] vector, ChunkFilter filter, int k, RetrievalMode mode) {

    public ChunkQuery {
        Objects.requireNonNull(mode, "mode");
        filter = filter == null ? ChunkFilter.NONE : filter;
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
    }
}
