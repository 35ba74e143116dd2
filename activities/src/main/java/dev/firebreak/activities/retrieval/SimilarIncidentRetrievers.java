package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.embedding.CachingEmbedder;
import dev.firebreak.activities.retrieval.embedding.EmbeddingModels;
import dev.firebreak.activities.retrieval.knowledge.SectionChunker;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import dev.firebreak.activities.retrieval.store.lucene.LuceneKnowledgeStore;
import dev.firebreak.activities.retrieval.store.opensearch.OpenSearchKnowledgeStore;
import dev.langchain4j.model.embedding.EmbeddingModel;

/** Builds a ready {@link SimilarIncidentRetriever} from {@link RetrievalSettings}. */
public final class SimilarIncidentRetrievers {

    private SimilarIncidentRetrievers() {
    }

    /**
     * Loads the embedding model (in-process ONNX, or Hugging Face when a token is set), then opens or creates
     * the store (OpenSearch when a URL is set, embedded Lucene otherwise) for that model's dimension.
     *
     * @throws EmbeddingDimensionMismatchException when an existing index was built for another dimension
     */
    public static SimilarIncidentRetriever open(RetrievalSettings settings) {
        EmbeddingModel model = settings.usesHuggingFace()
                ? EmbeddingModels.huggingFace(settings.huggingFaceAccessToken(), settings.huggingFaceModelId(), settings.huggingFaceBaseUrl())
                : EmbeddingModels.localBgeSmall();
        RetrievalOptions options = settings.options();
        if (options.queryInstruction() == null) {
            // bge-small retrieves better with its query instruction (measured in RetrievalBench); other models get none.
            options = options.withQueryInstruction(settings.usesHuggingFace() ? "" : EmbeddingModels.BGE_QUERY_INSTRUCTION);
        }
        return open(settings.withOptions(options), new CachingEmbedder(model));
    }

    /**
     * BM25 beside k-NN. Once a service filter's k-NN compared its chunks exactly instead of walking
     * the graph (a steady ~4.5 ms at 100k chunks), the filtered queries' BM25 + k-NN sum was the tail:
     * side by side gave hybrid p99 7.98 / 8.31 ms against 8.41 / 8.47 ms one after the other on a
     * persisted 100k index, and 7.54 / 7.95 against 8.02 / 9.53 ms in RetrievalBench (which prints both).
     */
    public static HybridSearch embeddedSearch() {
        return HybridSearch.parallel();
    }

    /** As {@link #open(RetrievalSettings)} with a given embedder (tests, or a model shared with other features). */
    public static SimilarIncidentRetriever open(RetrievalSettings settings, CachingEmbedder embedder) {
        int dimension = embedder.dimension();
        KnowledgeStore store = settings.usesOpenSearch()
                ? OpenSearchKnowledgeStore.open(settings.openSearchUrl(), settings.openSearchIndex(), dimension, new HybridSearch())
                : LuceneKnowledgeStore.open(settings.dataDir(), dimension, embeddedSearch());
        try {
            return new SimilarIncidentRetriever(store, embedder, settings.options(), new SectionChunker());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
