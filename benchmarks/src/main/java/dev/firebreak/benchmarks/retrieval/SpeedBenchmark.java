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
    /** Latencies of all queries, and of the unfiltered and service-filtered ones apart. */
    record Latency(Percentiles all, Percentiles unfiltered, Percentiles filtered) {
    }

    Map<RetrievalMode, Latency> latencies(KnowledgeStore store, int warmup, int queries) {
        SyntheticChunks generator = new SyntheticChunks(dimension);
        List<ChunkQuery> workload = new ArrayList<>();
        for (int i = 0; i < warmup + queries; i++) {
            // Alert-sized text (~20 words, as AlertContext builds); every 4th query also filters by service.
            ChunkFilter filter = i % 4 == 0 ? new ChunkFilter(SyntheticChunks.SERVICES[i % SyntheticChunks.SERVICES.length], null, null, null)
                    : ChunkFilter.NONE;
            workload.add(new ChunkQuery(generator.sentence(20), generator.randomUnitVector(), filter, CHUNKS_PER_QUERY, RetrievalMode.HYBRID_RRF));
        }
        Map<RetrievalMode, Latency> result = new EnumMap<>(RetrievalMode.class);
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
            List<Long> unfiltered = new ArrayList<>();
            List<Long> filtered = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                (workload.get(warmup + i).filter().service() == null ? unfiltered : filtered).add(nanos[i]);
            }
            result.put(mode, new Latency(new Percentiles(nanos),
                    new Percentiles(unfiltered.stream().mapToLong(Long::longValue).toArray()),
                    new Percentiles(filtered.stream().mapToLong(Long::longValue).toArray())));
        }
        return result;
    }
}
