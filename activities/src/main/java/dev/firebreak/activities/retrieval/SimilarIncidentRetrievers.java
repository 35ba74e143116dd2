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
     * BM25 then k-NN, one after the other. Running them side by side (HybridSearch.parallel()) gave
     * hybrid p99 8.9 vs 11.4 ms in one quiet 100k-chunk run and 11.3 vs 10.4 ms in the next: no
     * reliable gain on 2 cores, so the simpler search stays (RetrievalBench prints both).
     */
    public static HybridSearch embeddedSearch() {
        return new HybridSearch();
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
