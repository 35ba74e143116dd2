package dev.firebreak.activities.retrieval;

/** Start-up error: the configured embedding model does not produce vectors the existing index was built for. */
public class EmbeddingDimensionMismatchException extends IllegalStateException {

    public EmbeddingDimensionMismatchException(String index, int indexDimension, int modelDimension) {
        super("index '" + index + "' holds " + indexDimension + "-dimensional vectors but the embedding model produces "
                + modelDimension + "; re-index into a new index (or data directory) or configure the model the index was built with");
    }
}
