package dev.firebreak.activities.retrieval.store.opensearch;

import dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.GetMappingResponse;

/**
 * Creates the versioned index behind the alias, idempotently, and checks that an existing one holds vectors
 * of the model's dimension. Readers and writers only ever use the alias, so a re-index into {@code -v2}
 * can switch over by moving the alias.
 */
final class OpenSearchIndexSchema {

    /** Bump when the mapping changes incompatibly. */
    static final int SCHEMA_VERSION = 1;

    private OpenSearchIndexSchema() {
    }

    static String physicalIndex(String alias) {
        return alias + "-v" + SCHEMA_VERSION;
    }

    static void ensure(OpenSearchClient client, String alias, int dimension) {
        String index = physicalIndex(alias);
        try {
            boolean aliasExists = client.indices().existsAlias(a -> a.name(alias)).value();
            boolean indexExists = client.indices().exists(e -> e.index(index)).value();
            if (!aliasExists && !indexExists) {
                create(client, alias, index, dimension);
            } else if (!aliasExists) {
                client.indices().putAlias(a -> a.index(index).name(alias));
            }
            int existing = storedDimension(client, alias);
            if (existing != dimension) {
                throw new EmbeddingDimensionMismatchException(alias, existing, dimension);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach OpenSearch to prepare index " + alias, e);
        }
    }

    private static void create(OpenSearchClient client, String alias, String index, int dimension) throws IOException {
        try {
            client.indices().create(c -> c
                    .index(index)
                    .settings(s -> s.knn(true).numberOfShards(1).numberOfReplicas(0))
                    .mappings(mapping(dimension))
                    .aliases(alias, a -> a));
        } catch (OpenSearchException e) {
            // Two instances starting together: the other one created it, which is what we wanted.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    static TypeMapping mapping(int dimension) {
        return TypeMapping.of(m -> m
                .properties(OpenSearchChunkDocuments.CHUNK_ID, keyword())
                .properties(OpenSearchChunkDocuments.DOC_ID, keyword())
                .properties(OpenSearchChunkDocuments.KIND, keyword())
                .properties(OpenSearchChunkDocuments.TITLE, english())
                .properties(OpenSearchChunkDocuments.SECTION, Property.of(p -> p.text(t -> t.index(false))))
                .properties(OpenSearchChunkDocuments.TEXT, Property.of(p -> p.text(t -> t.index(false))))
                .properties(OpenSearchChunkDocuments.BODY, english())
                .properties(OpenSearchChunkDocuments.SERVICE_KEY, keyword())
                .properties(OpenSearchChunkDocuments.SERVICES, Property.of(p -> p.keyword(k -> k.index(false))))
                .properties(OpenSearchChunkDocuments.TAGS, Property.of(p -> p.keyword(k -> k.index(false))))
                .properties(OpenSearchChunkDocuments.ROOT_CAUSE_KIND, keyword())
                .properties(OpenSearchChunkDocuments.CONTENT_HASH, Property.of(p -> p.keyword(k -> k.index(false))))
                .properties(OpenSearchChunkDocuments.DATE, Property.of(p -> p.date(d -> d.format("yyyy-MM-dd"))))
                // The lucene engine: the Maven Central k-NN plugin has no faiss/nmslib native libraries.
                .properties(OpenSearchChunkDocuments.VECTOR, Property.of(p -> p.knnVector(k -> k
                        .dimension(dimension)
                        .method(v -> v.name("hnsw").engine("lucene").spaceType("cosinesimil"))))));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property english() {
        return Property.of(p -> p.text(t -> t.analyzer("english")));
    }

    private static int storedDimension(OpenSearchClient client, String alias) throws IOException {
        GetMappingResponse response = client.indices().getMapping(g -> g.index(alias));
        return response.result().values().stream()
                .map(index -> index.mappings().properties().get(OpenSearchChunkDocuments.VECTOR))
                .filter(property -> property != null && property.isKnnVector())
                .map(property -> property.knnVector().dimension())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("index behind alias '" + alias
                        + "' has no knn_vector field '" + OpenSearchChunkDocuments.VECTOR + "': it was not created by Firebreak"));
    }
}
