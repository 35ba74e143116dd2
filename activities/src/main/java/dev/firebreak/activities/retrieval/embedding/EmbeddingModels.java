package dev.firebreak.activities.retrieval.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * In-process ONNX bge-small-en-v1.5 (quantized, 384 dimensions): offline, no key; loads in about a second.
     * One ONNX thread per embedding, and none spinning while it waits: langchain4j already embeds a batch's
     * texts side by side, and on a small machine that is busy (an alert storm) spinning threads burn the
     * cores triage needs. Measured here: 38 ms of CPU per alert-sized query instead of 47.
     */
    public static EmbeddingModel localBgeSmall() {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(resource(BGE_SMALL_MODEL), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session,
                    new ByteArrayInputStream(resource(BGE_SMALL_TOKENIZER)), PoolingMode.CLS);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return 384;
                }

                @Override
                public String modelName() {
                    return "bge-small-en-v1.5-q";
                }
            };
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("cannot load the bge-small-en-v1.5 embedding model", e);
        }
    }

    /** The model files langchain4j ships in its bge-small-en-v1.5 (quantized) artifact. */
    private static final String BGE_SMALL_MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String BGE_SMALL_TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        }
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
