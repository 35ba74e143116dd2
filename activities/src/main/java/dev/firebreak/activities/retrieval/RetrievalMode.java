package dev.firebreak.activities.retrieval;

/** How candidates are scored. */
public enum RetrievalMode {
    /** BM25 over title, section text and tags only. */
    LEXICAL,
    /** k-NN over the section embeddings only. */
    VECTOR,
    /** BM25 and k-NN lists fused by reciprocal rank (score = sum of 1 / (60 + rank)). */
    HYBRID_RRF,
    /** BM25 and k-NN scores min-max normalised per list and combined with weights. */
    HYBRID_NORMALIZED
}
