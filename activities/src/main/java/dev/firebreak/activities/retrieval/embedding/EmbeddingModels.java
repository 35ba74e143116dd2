package dev.firebreak.activities.retrieval.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;
import java.time.Duration;

/** The embedding models Firebreak supports. */
public final class EmbeddingModels {

    /**
     * bge-small-en-v1.5 recommends this instruction before short queries that look for longer passages;
     * the benchmark measures whether it helps on our corpus.
     */
    public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private EmbeddingModels() {
    }

    /** In-process ONNX bge-small-en-v1.5 (quantized, 384 dimensions): offline, no key; loads in about a second. */
    public static EmbeddingModel localBgeSmall() {
        return new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /**
     * A Hugging Face feature-extraction model, e.g. {@code sentence-transformers/all-MiniLM-L6-v2}.
     *
     * @param baseUrl null for the public inference endpoint, or a self-hosted TEI/inference URL
     */
    public static EmbeddingModel huggingFace(String accessToken, String modelId, String baseUrl) {
        HuggingFaceEmbeddingModel.HuggingFaceEmbeddingModelBuilder builder = HuggingFaceEmbeddingModel.builder()
                .accessToken(accessToken)
                .modelId(modelId)
                .waitForModel(true)
                .timeout(Duration.ofSeconds(60));
        if (baseUrl != null && !baseUrl.isBlank()) {
            builder.baseUrl(baseUrl);
        }
        return builder.build();
    }
}
