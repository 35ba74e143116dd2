package dev.firebreak.activities.retrieval.store;

import java.util.List;

/**
 * The one place that turns a {@link ChunkQuery} into BM25 and k-NN calls and fuses them, shared by every
 * store so that stores differ only in how they run the two component searches.
 */
public final class HybridSearch {

    /**
     * Each component list is this many times deeper than k, so fusion can promote a chunk that one list ranks
     * low; deeper lists cost latency (k-NN visits more graph nodes) and did not change recall@3 in RetrievalBench.
     */
    public static final int CANDIDATE_FACTOR = 2;
    public static final int MIN_CANDIDATES = 20;

    /** Weight of BM25 (k-NN gets the rest) in {@link dev.firebreak.activities.retrieval.RetrievalMode#HYBRID_NORMALIZED}. */
    private final double lexicalWeight;

    /**
     * The component searches of one store, for one search: keys of candidates from both lists must identify
     * the same chunk (e.g. the same Lucene reader for both).
     */
    public interface Components {
        List<Candidate> lexical(String text, ChunkFilter filter, int n);

        List<Candidate> vector(float[] vector, ChunkFilter filter, int n);

        /** Reads the chunks of these candidates, keeping order and the given (possibly fused) scores. */
        List<ChunkHit> load(List<Candidate> candidates);
    }

    public HybridSearch() {
        this(0.5);
    }

    public HybridSearch(double lexicalWeight) {
        this.lexicalWeight = lexicalWeight;
    }

    public List<ChunkHit> search(ChunkQuery query, Components store) {
        int candidates = Math.max(MIN_CANDIDATES, query.k() * CANDIDATE_FACTOR);
        List<Candidate> top = switch (query.mode()) {
            case LEXICAL -> store.lexical(query.text(), query.filter(), query.k());
            case VECTOR -> store.vector(query.vector(), query.filter(), query.k());
            case HYBRID_RRF -> ScoreFusion.reciprocalRank(List.of(
                    store.lexical(query.text(), query.filter(), candidates),
                    store.vector(query.vector(), query.filter(), candidates)), query.k());
            case HYBRID_NORMALIZED -> ScoreFusion.normalized(List.of(
                    store.lexical(query.text(), query.filter(), candidates),
                    store.vector(query.vector(), query.filter(), candidates)),
                    new double[] {lexicalWeight, 1 - lexicalWeight}, query.k());
        };
        return store.load(top);
    }

    public static float[] unitLength(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("a zero vector has no direction to compare");
        }
        float[] unit = new float[vector.length];
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] * scale);
        }
        return unit;
    }
}
