package dev.firebreak.activities.retrieval.embedding;

import dev.firebreak.activities.support.Sha256;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps a langchain4j {@link EmbeddingModel}: sends texts in batches, and caches vectors by the SHA-256 of
 * the text so re-indexing an unchanged section or repeating a query costs no inference. Thread-safe.
 */
public final class CachingEmbedder {

    public static final int DEFAULT_BATCH_SIZE = 32;
    public static final int DEFAULT_CACHE_ENTRIES = 20_000;

    private final EmbeddingModel model;
    private final int batchSize;
    private final Map<String, float[]> cache;
    private volatile int dimension;

    public CachingEmbedder(EmbeddingModel model) {
        this(model, DEFAULT_BATCH_SIZE, DEFAULT_CACHE_ENTRIES);
    }

    public CachingEmbedder(EmbeddingModel model, int batchSize, int maxCacheEntries) {
        this.model = model;
        this.batchSize = batchSize;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxCacheEntries;
            }
        };
    }

    /** The model's vector size, asked of the model once (a remote model answers by embedding a probe text). */
    public int dimension() {
        if (dimension == 0) {
            dimension = model.dimension();
        }
        return dimension;
    }

    public String modelName() {
        String name = model.modelName();
        return name == null || name.isBlank() ? model.getClass().getSimpleName() : name;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** Vectors in the order of {@code texts}; only texts not already cached reach the model. */
    public List<float[]> embedAll(List<String> texts) {
        List<String> keys = texts.stream().map(Sha256::hex).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                if (!cache.containsKey(keys.get(i))) {
                    missing.putIfAbsent(keys.get(i), texts.get(i));
                }
            }
        }
        Map<String, float[]> computed = computeInBatches(missing);
        List<float[]> vectors = new ArrayList<>(texts.size());
        synchronized (cache) {
            cache.putAll(computed);
            for (String key : keys) {
                float[] vector = computed.containsKey(key) ? computed.get(key) : cache.get(key);
                vectors.add(vector);
            }
        }
        return vectors;
    }

    private Map<String, float[]> computeInBatches(Map<String, String> missing) {
        Map<String, float[]> computed = new LinkedHashMap<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(missing.entrySet());
        for (int start = 0; start < entries.size(); start += batchSize) {
            List<Map.Entry<String, String>> batch = entries.subList(start, Math.min(entries.size(), start + batchSize));
            List<TextSegment> segments = batch.stream().map(e -> TextSegment.from(e.getValue())).toList();
            List<Embedding> embeddings = model.embedAll(segments).content();
            if (embeddings.size() != batch.size()) {
                throw new IllegalStateException("embedding model returned " + embeddings.size() + " vectors for " + batch.size() + " texts");
            }
            for (int i = 0; i < batch.size(); i++) {
                computed.put(batch.get(i).getKey(), embeddings.get(i).vector());
            }
        }
        return computed;
    }
}
