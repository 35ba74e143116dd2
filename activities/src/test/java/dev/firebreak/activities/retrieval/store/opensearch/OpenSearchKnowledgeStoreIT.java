package dev.firebreak.activities.retrieval.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import dev.firebreak.activities.retrieval.store.KnowledgeStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract against a real OpenSearch 2.19 with the k-NN plugin (see {@link TestOpenSearch}). */
class OpenSearchKnowledgeStoreIT extends KnowledgeStoreContract {

    private final String alias = TestOpenSearch.uniqueAlias();

    @Override
    protected KnowledgeStore newStore() {
        return OpenSearchKnowledgeStore.open(TestOpenSearch.url(), alias, DIMENSION, new HybridSearch());
    }

    @AfterEach
    void dropIndex() {
        TestOpenSearch.deleteIndex(OpenSearchIndexSchema.physicalIndex(alias));
    }

    @Test
    void createsAVersionedIndexBehindTheAliasWithALuceneHnswVectorField() {
        String mapping = TestOpenSearch.get("/" + alias + "/_mapping");

        assertThat(mapping).contains("\"" + alias + "-v1\"")
                .contains("\"knn_vector\"").contains("\"engine\":\"lucene\"").contains("\"space_type\":\"cosinesimil\"")
                .contains("\"dimension\":" + DIMENSION);
    }

    @Test
    void openingAgainKeepsTheIndexAndItsDocuments() {
        try (KnowledgeStore again = newStore()) {
            assertThat(again.chunkCount()).isEqualTo(4);
        }
    }

    @Test
    void openingWithAnotherEmbeddingDimensionIsAClearStartupError() {
        assertThatThrownBy(() -> OpenSearchKnowledgeStore.open(TestOpenSearch.url(), alias, 384, new HybridSearch()))
                .isInstanceOf(EmbeddingDimensionMismatchException.class)
                .hasMessageContaining("index '" + alias + "' holds 4-dimensional vectors")
                .hasMessageContaining("produces 384");
    }
}
