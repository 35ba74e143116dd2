package dev.firebreak.activities.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link KnowledgeStore} must show. Subclasses provide a fresh, empty store. Vectors are
 * 4-dimensional and hand-made so that the nearest neighbour of each query is known.
 */
public abstract class KnowledgeStoreContract {

    protected static final int DIMENSION = 4;

    protected KnowledgeStore store;

    /** A new, empty store of {@link #DIMENSION} dimensions. */
    protected abstract KnowledgeStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
        store.upsert(List.of(
                chunk("postmortems/pool.md", 0, "Summary", "connection pool exhausted, requests timed out", List.of("checkout"),
                        LocalDate.of(2025, 7, 14), "deploy", new float[] {1, 0, 0, 0}),
                chunk("postmortems/pool.md", 1, "Resolution", "raised the maximum size and rolled back the release", List.of("checkout"),
                        LocalDate.of(2025, 7, 14), "deploy", new float[] {0.9f, 0.1f, 0, 0}),
                chunk("postmortems/disk.md", 0, "Root cause", "data nodes ran out of disk space", List.of("search"),
                        LocalDate.of(2024, 1, 10), "capacity", new float[] {0, 1, 0, 0}),
                runbook("runbooks/restart.md", "how to restart checkout pods safely", List.of("Checkout"), new float[] {0, 0, 1, 0})));
    }

    @AfterEach
    void closeStore() {
        // null when the set-up was skipped (no OpenSearch here): the skip must not turn into an error
        if (store != null) {
            store.close();
        }
    }

    @Test
    void lexicalSearchFindsChunksByTheirWordsIncludingStemmedForms() {
        List<ChunkHit> hits = store.search(query("disks running out", null, ChunkFilter.NONE, 5, RetrievalMode.LEXICAL));

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).chunk().documentId()).isEqualTo("postmortems/disk.md");
    }

    @Test
    void vectorSearchReturnsTheNearestChunkFirst() {
        List<ChunkHit> hits = store.search(query("", new float[] {0.1f, 0, 5, 0}, ChunkFilter.NONE, 2, RetrievalMode.VECTOR));

        assertThat(hits).extracting(h -> h.chunk().chunkId()).first().isEqualTo("runbooks/restart.md#0");
        assertThat(hits).hasSize(2);
    }

    @Test
    void hybridModesRankAChunkBothListsAgreeOnFirst() {
        for (RetrievalMode mode : List.of(RetrievalMode.HYBRID_RRF, RetrievalMode.HYBRID_NORMALIZED)) {
            List<ChunkHit> hits = store.search(query("disk space", new float[] {0.2f, 1, 0, 0}, ChunkFilter.NONE, 3, mode));

            assertThat(hits.get(0).chunk().chunkId()).as(mode.name()).isEqualTo("postmortems/disk.md#0");
        }
    }

    @Test
    void hybridSearchFindsAChunkOnlyTheVectorListKnows() {
        List<ChunkHit> hits = store.search(query("zzz-unmatched-word", new float[] {0, 0, 1, 0}, ChunkFilter.NONE, 3, RetrievalMode.HYBRID_RRF));

        assertThat(hits.get(0).chunk().documentId()).isEqualTo("runbooks/restart.md");
    }

    @Test
    void serviceFilterKeepsOnlyDocumentsListingThatServiceIgnoringCase() {
        ChunkFilter checkoutOnly = new ChunkFilter("CHECKOUT", null, null, Set.of());

        List<ChunkHit> hits = store.search(query("disk pool restart", new float[] {0, 1, 0, 0}, checkoutOnly, 10, RetrievalMode.HYBRID_RRF));

        assertThat(hits).extracting(h -> h.chunk().documentId())
                .containsOnly("postmortems/pool.md", "runbooks/restart.md");
    }

    @Test
    void filteredVectorSearchStillReturnsKHitsWhenEnoughMatch() {
        ChunkFilter checkoutOnly = new ChunkFilter("checkout", null, null, Set.of());

        List<ChunkHit> hits = store.search(query("", new float[] {0, 1, 0, 0}, checkoutOnly, 3, RetrievalMode.VECTOR));

        assertThat(hits).hasSize(3).allSatisfy(h -> assertThat(h.chunk().services()).anyMatch("checkout"::equalsIgnoreCase));
    }

    @Test
    void timeFilterKeepsDocumentsInsideTheRangeAndDropsUndatedOnes() {
        ChunkFilter since2025 = new ChunkFilter(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of());

        List<ChunkHit> hits = store.search(query("disk pool restart", new float[] {0, 1, 0, 0}, since2025, 10, RetrievalMode.HYBRID_RRF));

        assertThat(hits).extracting(h -> h.chunk().documentId()).containsOnly("postmortems/pool.md");
    }

    @Test
    void kindFilterKeepsOnlyThatKind() {
        ChunkFilter runbooks = new ChunkFilter(null, null, null, Set.of(DocumentKind.RUNBOOK));

        List<ChunkHit> hits = store.search(query("pool disk restart", new float[] {1, 1, 1, 0}, runbooks, 10, RetrievalMode.HYBRID_NORMALIZED));

        assertThat(hits).extracting(h -> h.chunk().kind()).containsOnly(DocumentKind.RUNBOOK);
    }

    @Test
    void searchReturnsAtMostKHits() {
        assertThat(store.search(query("pool disk restart checkout", new float[] {1, 1, 1, 1}, ChunkFilter.NONE, 2, RetrievalMode.HYBRID_RRF)))
                .hasSize(2);
    }

    @Test
    void hitsCarryTheChunkMetadataUnchanged() {
        ChunkHit hit = store.search(query("exhausted", null, ChunkFilter.NONE, 1, RetrievalMode.LEXICAL)).get(0);

        assertThat(hit.chunk()).isEqualTo(chunk("postmortems/pool.md", 0, "Summary", "connection pool exhausted, requests timed out",
                List.of("checkout"), LocalDate.of(2025, 7, 14), "deploy", new float[] {1, 0, 0, 0}).chunk());
    }

    @Test
    void upsertReplacesEveryEarlierChunkOfTheDocument() {
        store.upsert(List.of(chunk("postmortems/pool.md", 0, "Summary", "rewritten summary only", List.of("checkout"),
                LocalDate.of(2025, 7, 14), "deploy", new float[] {1, 0, 0, 0})));

        assertThat(store.search(query("rolled back release", null, ChunkFilter.NONE, 10, RetrievalMode.LEXICAL)))
                .extracting(h -> h.chunk().documentId()).doesNotContain("postmortems/pool.md");
        assertThat(store.chunkCount()).isEqualTo(3);
    }

    @Test
    void deletedDocumentsAreNeverReturned() {
        store.deleteDocuments(List.of("postmortems/disk.md", "postmortems/never-stored.md"));

        assertThat(store.search(query("disk", new float[] {0, 1, 0, 0}, ChunkFilter.NONE, 10, RetrievalMode.HYBRID_RRF)))
                .extracting(h -> h.chunk().documentId()).doesNotContain("postmortems/disk.md");
        assertThat(store.documentHashes()).doesNotContainKey("postmortems/disk.md");
    }

    @Test
    void documentHashesListEachStoredDocumentOnce() {
        assertThat(store.documentHashes()).containsOnlyKeys("postmortems/pool.md", "postmortems/disk.md", "runbooks/restart.md")
                .containsEntry("postmortems/pool.md", "hash-postmortems/pool.md");
    }

    @Test
    void vectorsOfAnotherDimensionAreRejected() {
        assertThatThrownBy(() -> store.search(query("pool", new float[] {1, 0}, ChunkFilter.NONE, 1, RetrievalMode.VECTOR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
        assertThatThrownBy(() -> store.upsert(List.of(chunk("postmortems/x.md", 0, "S", "t", List.of(), null, null, new float[] {1}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
    }

    protected static ChunkQuery query(String text, float[] vector, ChunkFilter filter, int k, RetrievalMode mode) {
        return new ChunkQuery(text, vector, filter, k, mode);
    }

    protected static EmbeddedChunk chunk(String documentId, int ordinal, String section, String text, List<String> services,
            LocalDate date, String rootCauseKind, float[] vector) {
        return new EmbeddedChunk(new KnowledgeChunk(documentId + "#" + ordinal, documentId, DocumentKind.POSTMORTEM,
                "Title of " + documentId, section, text, date, services, rootCauseKind, List.of("tag-a", "tag-b"),
                "hash-" + documentId), vector);
    }

    private static EmbeddedChunk runbook(String documentId, String text, List<String> services, float[] vector) {
        return new EmbeddedChunk(new KnowledgeChunk(documentId + "#0", documentId, DocumentKind.RUNBOOK, "Restart runbook",
                "Steps", text, null, services, null, List.of(), "hash-" + documentId), vector);
    }
}
