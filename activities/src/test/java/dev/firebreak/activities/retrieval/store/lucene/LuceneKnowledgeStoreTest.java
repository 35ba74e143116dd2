package dev.firebreak.activities.retrieval.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException;
import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import dev.firebreak.activities.retrieval.store.KnowledgeStoreContract;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeStoreTest extends KnowledgeStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected KnowledgeStore newStore() {
        return LuceneKnowledgeStore.open(dataDir, DIMENSION);
    }

    @Test
    void indexSurvivesCloseAndReopen() {
        List<ChunkHit> before = store.search(query("disk pool", new float[] {0.5f, 0.5f, 0, 0}, ChunkFilter.NONE, 4, RetrievalMode.HYBRID_RRF));
        store.close();

        store = LuceneKnowledgeStore.open(dataDir, DIMENSION);

        assertThat(store.chunkCount()).isEqualTo(4);
        assertThat(store.search(query("disk pool", new float[] {0.5f, 0.5f, 0, 0}, ChunkFilter.NONE, 4, RetrievalMode.HYBRID_RRF)))
                .extracting(h -> h.chunk().chunkId())
                .containsExactlyElementsOf(before.stream().map(h -> h.chunk().chunkId()).toList());
    }

    @Test
    void runningBm25BesideKnnRanksExactlyAsRunningThemInTurn() {
        List<ChunkHit> sequential = store.search(query("disk pool restart", new float[] {0.5f, 0.5f, 0.1f, 0}, ChunkFilter.NONE, 4, RetrievalMode.HYBRID_RRF));
        store.close();

        store = LuceneKnowledgeStore.open(dataDir, DIMENSION, HybridSearch.parallel());

        assertThat(store.search(query("disk pool restart", new float[] {0.5f, 0.5f, 0.1f, 0}, ChunkFilter.NONE, 4, RetrievalMode.HYBRID_RRF)))
                .isEqualTo(sequential);
    }

    @Test
    void reopeningWithAnotherEmbeddingDimensionIsAClearStartupError() {
        store.close();

        assertThatThrownBy(() -> LuceneKnowledgeStore.open(dataDir, 384))
                .isInstanceOf(EmbeddingDimensionMismatchException.class)
                .hasMessageContaining("holds 4-dimensional vectors")
                .hasMessageContaining("produces 384");
        store = LuceneKnowledgeStore.open(dataDir, DIMENSION);
    }

    @Test
    void serviceFiltersNarrowOrBroadReturnTheNearestChunksOfThatService() {
        // 2,000 chunks: a filter matching 1 in 10 is compared exactly, one matching 9 in 10 walks the graph
        Random random = new Random(3);
        List<EmbeddedChunk> chunks = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            float[] vector = new float[16];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            String service = i % 10 == 0 ? "payments" : "checkout";
            chunks.add(chunk("postmortems/pm-" + i + ".md", 0, "Summary", "text " + i, List.of(service), null, null, HybridSearch.unitLength(vector)));
        }
        try (LuceneKnowledgeStore large = LuceneKnowledgeStore.open(dataDir.resolve("large"), 16)) {
            large.upsert(chunks);
            float[] target = chunks.get(17).vector();
            for (String service : List.of("payments", "checkout")) {
                List<String> nearest = chunks.stream()
                        .filter(c -> c.chunk().services().contains(service))
                        .sorted(Comparator.comparingDouble(c -> -VectorUtil.dotProduct(c.vector(), target)))
                        .limit(5).map(c -> c.chunk().chunkId()).toList();

                List<ChunkHit> hits = large.search(query(null, target, new ChunkFilter(service, null, null, null), 5, RetrievalMode.VECTOR));

                assertThat(hits).extracting(h -> h.chunk().chunkId()).containsExactlyElementsOf(nearest);
            }
        }
    }
}
