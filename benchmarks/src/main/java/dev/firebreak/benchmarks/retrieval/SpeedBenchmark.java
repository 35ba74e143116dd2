package dev.firebreak.benchmarks.retrieval;

import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import dev.firebreak.activities.retrieval.store.ChunkQuery;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Bulk-loads synthetic chunks into a store and times searches the way the retriever issues them. */
final class SpeedBenchmark {

    /** What the retriever asks a store for when a caller wants k = 5 documents (4 chunks per document). */
    static final int CHUNKS_PER_QUERY = 20;
    static final int BATCH = 1_000;

    interface BulkLoader {
        void add(List<EmbeddedChunk> chunks);

        void finish();
    }

    private final int dimension;

    SpeedBenchmark(int dimension) {
        this.dimension = dimension;
    }

    /** @return chunks per second, including the final commit/refresh */
    double load(BulkLoader loader, int chunks) {
        SyntheticChunks generator = new SyntheticChunks(dimension);
        long generating = 0;
        long start = System.nanoTime();
        for (int done = 0; done < chunks; done += BATCH) {
            long before = System.nanoTime();
            List<EmbeddedChunk> batch = generator.next(done, Math.min(BATCH, chunks - done));
            generating += System.nanoTime() - before;
            loader.add(batch);
        }
        loader.finish();
        double seconds = (System.nanoTime() - start - generating) / 1e9;
        return chunks / seconds;
    }

    /** Latency per mode over {@code queries} searches after {@code warmup} untimed ones; text and vectors are synthetic. */
    Map<RetrievalMode, Percentiles> latencies(KnowledgeStore store, int warmup, int queries) {
        SyntheticChunks generator = new SyntheticChunks(dimension);
        List<ChunkQuery> workload = new ArrayList<>();
        for (int i = 0; i < warmup + queries; i++) {
            // Alert-sized text: ~12 words; every 4th query also filters by service like a scoped triage would.
            ChunkFilter filter = i % 4 == 0 ? new ChunkFilter(SyntheticChunks.SERVICES[i % SyntheticChunks.SERVICES.length], null, null, null)
                    : ChunkFilter.NONE;
            workload.add(new ChunkQuery(generator.sentence(12), generator.randomUnitVector(), filter, CHUNKS_PER_QUERY, RetrievalMode.HYBRID_RRF));
        }
        Map<RetrievalMode, Percentiles> result = new EnumMap<>(RetrievalMode.class);
        for (RetrievalMode mode : RetrievalMode.values()) {
            long[] nanos = new long[queries];
            for (int i = 0; i < warmup + queries; i++) {
                ChunkQuery base = workload.get(i);
                ChunkQuery query = new ChunkQuery(base.text(), base.vector(), base.filter(), base.k(), mode);
                long start = System.nanoTime();
                store.search(query);
                if (i >= warmup) {
                    nanos[i - warmup] = System.nanoTime() - start;
                }
            }
            result.put(mode, new Percentiles(nanos));
        }
        return result;
    }
}
