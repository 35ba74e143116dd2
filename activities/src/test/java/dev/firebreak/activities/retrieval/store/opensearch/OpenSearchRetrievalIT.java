package dev.firebreak.activities.retrieval.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.retrieval.IncidentQuery;
import dev.firebreak.activities.retrieval.IndexReport;
import dev.firebreak.activities.retrieval.RetrievalSettings;
import dev.firebreak.activities.retrieval.SimilarIncident;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.SimilarIncidentRetrievers;
import dev.firebreak.activities.retrieval.embedding.CachingEmbedder;
import dev.firebreak.activities.retrieval.embedding.EmbeddingModels;
import dev.firebreak.activities.retrieval.knowledge.CorpusKnowledgeSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product path (settings with an OpenSearch URL, real embeddings) against a real OpenSearch. */
class OpenSearchRetrievalIT {

    private final String alias = TestOpenSearch.uniqueAlias();

    @TempDir
    Path dataDir;

    @AfterEach
    void dropIndex() {
        TestOpenSearch.deleteIndex(OpenSearchIndexSchema.physicalIndex(alias));
    }

    @Test
    void importsAFolderAndFindsSimilarIncidentsThroughTheOpenSearchStore() throws Exception {
        RetrievalSettings settings = RetrievalSettings.embedded(dataDir).withOpenSearch(TestOpenSearch.url(), alias);
        Path knowledge = Path.of(getClass().getResource("/retrieval/knowledge").toURI());

        try (SimilarIncidentRetriever retriever = SimilarIncidentRetrievers.open(settings, new CachingEmbedder(EmbeddingModels.localBgeSmall()))) {
            IndexReport first = retriever.sync(new CorpusKnowledgeSource(knowledge));
            IndexReport second = retriever.sync(new CorpusKnowledgeSource(knowledge));
            List<SimilarIncident> hits = retriever.findSimilar(IncidentQuery.of("cart pods OOMKilled, memory limit exceeded")
                    .withServices(List.of("cart")).withK(2));

            assertThat(first.added()).isEqualTo(6);
            assertThat(second.unchanged()).isEqualTo(6);
            assertThat(hits.get(0).documentId()).isEqualTo("postmortems/2025-05-09-cart-oomkilled.md");
            assertThat(hits.get(0).why()).startsWith("shared service cart");
        }
    }
}
