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
import java.nio.file.Path;
import java.util.List;
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
}
