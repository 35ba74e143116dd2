package dev.firebreak.activities.retrieval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Configuration knobs of the retrieval library (map them from application properties).
 *
 * @param dataDir                embedded Lucene index lives under {@code dataDir/knowledge-v1}; used when no OpenSearch URL is set
 * @param openSearchUrl          e.g. {@code http://localhost:9200}; null or blank = embedded Lucene store
 * @param openSearchIndex        alias name; the physical index is {@code <alias>-v<schema>}; default {@code firebreak-knowledge}
 * @param huggingFaceAccessToken when set, embeddings come from Hugging Face instead of the in-process ONNX model
 * @param huggingFaceModelId     e.g. {@code sentence-transformers/all-MiniLM-L6-v2}
 * @param huggingFaceBaseUrl     null = public inference endpoint
 */
public record RetrievalSettings(
        Path dataDir,
        String openSearchUrl,
        String openSearchIndex,
        String huggingFaceAccessToken,
        String huggingFaceModelId,
        String huggingFaceBaseUrl,
        RetrievalOptions options) {

    public static final String DEFAULT_OPENSEARCH_INDEX = "firebreak-knowledge";
    public static final String DEFAULT_HUGGING_FACE_MODEL = "sentence-transformers/all-MiniLM-L6-v2";

    public RetrievalSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        openSearchIndex = blank(openSearchIndex) ? DEFAULT_OPENSEARCH_INDEX : openSearchIndex;
        huggingFaceModelId = blank(huggingFaceModelId) ? DEFAULT_HUGGING_FACE_MODEL : huggingFaceModelId;
        options = options == null ? RetrievalOptions.defaults() : options;
    }

    /** Embedded Lucene under {@code dataDir}, in-process embeddings, default options. */
    public static RetrievalSettings embedded(Path dataDir) {
        return new RetrievalSettings(dataDir, null, null, null, null, null, null);
    }

    public RetrievalSettings withOpenSearch(String url, String index) {
        return new RetrievalSettings(dataDir, url, index, huggingFaceAccessToken, huggingFaceModelId, huggingFaceBaseUrl, options);
    }

    public RetrievalSettings withHuggingFace(String accessToken, String modelId, String baseUrl) {
        return new RetrievalSettings(dataDir, openSearchUrl, openSearchIndex, accessToken, modelId, baseUrl, options);
    }

    public RetrievalSettings withOptions(RetrievalOptions newOptions) {
        return new RetrievalSettings(dataDir, openSearchUrl, openSearchIndex, huggingFaceAccessToken, huggingFaceModelId, huggingFaceBaseUrl, newOptions);
    }

    public boolean usesOpenSearch() {
        return !blank(openSearchUrl);
    }

    public boolean usesHuggingFace() {
        return !blank(huggingFaceAccessToken);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
