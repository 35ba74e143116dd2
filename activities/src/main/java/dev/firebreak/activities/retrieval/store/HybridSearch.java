package dev.firebreak.activities.retrieval.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    /** Runs BM25 beside k-NN when set; null runs them one after the other in the caller's thread. */
    private final Executor parallel;

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

    /** Sequential, equal BM25/k-NN weights. */
    public HybridSearch() {
        this(0.5, null);
    }

    public HybridSearch(double lexicalWeight) {
        this(lexicalWeight, null);
    }

    public HybridSearch(double lexicalWeight, Executor parallel) {
        this.lexicalWeight = lexicalWeight;
        this.parallel = parallel;
    }

    /** Runs BM25 on a shared daemon thread while the caller runs k-NN: hybrid latency becomes the slower of the two. */
    public static HybridSearch parallel() {
        return new HybridSearch(0.5, SharedPool.EXECUTOR);
    }

    public List<ChunkHit> search(ChunkQuery query, Components store) {
        int candidates = Math.max(MIN_CANDIDATES, query.k() * CANDIDATE_FACTOR);
        List<Candidate> top = switch (query.mode()) {
            case LEXICAL -> store.lexical(query.text(), query.filter(), query.k());
            case VECTOR -> store.vector(query.vector(), query.filter(), query.k());
            case HYBRID_RRF -> ScoreFusion.reciprocalRank(both(query, store, candidates), query.k());
            case HYBRID_NORMALIZED -> ScoreFusion.normalized(both(query, store, candidates),
                    new double[] {lexicalWeight, 1 - lexicalWeight}, query.k());
        };
        return store.load(top);
    }

    private List<List<Candidate>> both(ChunkQuery query, Components store, int candidates) {
        if (parallel == null) {
            return List.of(store.lexical(query.text(), query.filter(), candidates), store.vector(query.vector(), query.filter(), candidates));
        }
        CompletableFuture<List<Candidate>> lexical = CompletableFuture.supplyAsync(
                () -> store.lexical(query.text(), query.filter(), candidates), parallel);
        List<Candidate> vector = store.vector(query.vector(), query.filter(), candidates);
        try {
            return List.of(lexical.join(), vector);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Daemon threads, so a library user never has to shut anything down. */
    private static final class SharedPool {
        private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "firebreak-hybrid-search");
            thread.setDaemon(true);
            return thread;
        });
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
