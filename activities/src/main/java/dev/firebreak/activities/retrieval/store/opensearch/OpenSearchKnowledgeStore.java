package dev.firebreak.activities.retrieval.store.opensearch;

import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.ChunkQuery;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * OpenSearch store: one index ({@code <alias>-v1}, reached through {@code <alias>}) with a {@code knn_vector}
 * field (HNSW, lucene engine, cosine) and english-analysed text fields. BM25 and k-NN run as two searches
 * and are fused in the client, because the {@code hybrid} query needs the neural-search plugin.
 */
public final class OpenSearchKnowledgeStore implements KnowledgeStore {

    private static final int PAGE = 1_000;

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final String alias;
    private final int dimension;
    private final HybridSearch hybrid;

    private OpenSearchKnowledgeStore(OpenSearchTransport transport, String alias, int dimension, HybridSearch hybrid) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.alias = alias;
        this.dimension = dimension;
        this.hybrid = hybrid;
    }

    /**
     * Connects and creates the index and alias if missing.
     *
     * @throws dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException when the index holds other vectors
     */
    public static OpenSearchKnowledgeStore open(String url, String alias, int dimension, HybridSearch hybrid) {
        OpenSearchTransport transport;
        try {
            transport = ApacheHttpClient5TransportBuilder.builder(HttpHost.create(url.replaceAll("/+$", "")))
                    .setMapper(new JacksonJsonpMapper())
                    .build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("OpenSearch URL '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        OpenSearchKnowledgeStore store = new OpenSearchKnowledgeStore(transport, alias, dimension, hybrid);
        try {
            OpenSearchIndexSchema.ensure(store.client, alias, dimension);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<EmbeddedChunk> chunks) {
        Set<String> documentIds = new LinkedHashSet<>();
        Set<String> newChunkIds = new HashSet<>();
        chunks.forEach(c -> {
            checkDimension(c.vector());
            documentIds.add(c.chunk().documentId());
            newChunkIds.add(c.chunk().chunkId());
        });
        // One bulk request: chunks that disappear are deleted, the rest overwritten by id, so a search never
        // sees a document without any of its chunks.
        List<BulkOperation> operations = new ArrayList<>();
        for (String stale : chunkIdsOf(documentIds)) {
            if (!newChunkIds.contains(stale)) {
                operations.add(BulkOperation.of(op -> op.delete(d -> d.index(alias).id(stale))));
            }
        }
        chunks.forEach(c -> operations.add(indexOperation(c)));
        bulk(operations, Refresh.WaitFor);
    }

    /** Bulk-adds chunks of documents known to be new without waiting for a refresh (bulk loads); call {@link #flush()}. */
    public void addWithoutRefresh(List<EmbeddedChunk> chunks) {
        bulk(chunks.stream().map(this::indexOperation).toList(), Refresh.False);
    }

    public void flush() {
        call(() -> client.indices().refresh(r -> r.index(alias)));
    }

    private BulkOperation indexOperation(EmbeddedChunk chunk) {
        return BulkOperation.of(op -> op.index(i -> i.index(alias).id(chunk.chunk().chunkId())
                .document(OpenSearchChunkDocuments.toSource(chunk))));
    }

    private void bulk(List<BulkOperation> operations, Refresh refresh) {
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response = call(() -> client.bulk(b -> b.operations(operations).refresh(refresh)));
        if (response.errors()) {
            String reason = response.items().stream().filter(item -> item.error() != null)
                    .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("unknown");
            throw new IllegalStateException("OpenSearch rejected chunks of index " + alias + ", first error " + reason);
        }
    }

    @Override
    public void deleteDocuments(Collection<String> documentIds) {
        // By id rather than _delete_by_query: that needs the reindex module, which minimal installs lack.
        List<BulkOperation> deletes = chunkIdsOf(documentIds).stream()
                .map(id -> BulkOperation.of(op -> op.delete(d -> d.index(alias).id(id))))
                .toList();
        bulk(deletes, Refresh.WaitFor);
    }

    private List<String> chunkIdsOf(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        List<FieldValue> ids = documentIds.stream().map(FieldValue::of).toList();
        Query ofDocuments = Query.of(q -> q.terms(t -> t.field(OpenSearchChunkDocuments.DOC_ID).terms(v -> v.value(ids))));
        List<String> chunkIds = new ArrayList<>();
        page(ofDocuments, List.of(OpenSearchChunkDocuments.CHUNK_ID), source -> chunkIds.add((String) source.get(OpenSearchChunkDocuments.CHUNK_ID)));
        return chunkIds;
    }

    @Override
    public Map<String, String> documentHashes() {
        Map<String, String> hashes = new HashMap<>();
        page(Query.of(q -> q.matchAll(m -> m)), List.of(OpenSearchChunkDocuments.DOC_ID, OpenSearchChunkDocuments.CONTENT_HASH),
                source -> hashes.put((String) source.get(OpenSearchChunkDocuments.DOC_ID), (String) source.get(OpenSearchChunkDocuments.CONTENT_HASH)));
        return hashes;
    }

    /** Visits the given source fields of every chunk matching the query, in pages sorted by chunk id. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void page(Query query, List<String> fields, java.util.function.Consumer<Map<String, Object>> visitor) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Map> page = call(() -> client.search(s -> {
                s.index(alias).size(PAGE).query(query)
                        .source(src -> src.filter(f -> f.includes(fields)))
                        .sort(o -> o.field(f -> f.field(OpenSearchChunkDocuments.CHUNK_ID).order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Map.class));
            List<Hit<Map>> hits = page.hits().hits();
            hits.forEach(hit -> visitor.accept(hit.source()));
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public long chunkCount() {
        return call(() -> client.count(c -> c.index(alias))).count();
    }

    @Override
    public List<ChunkHit> search(ChunkQuery query) {
        if (query.mode() != RetrievalMode.LEXICAL) {
            checkDimension(query.vector());
        }
        return hybrid.search(query, new OpenSearchComponents(client, alias));
    }

    private void checkDimension(float[] vector) {
        if (vector == null || vector.length != dimension) {
            throw new IllegalArgumentException("vector has " + (vector == null ? 0 : vector.length)
                    + " dimensions, this store holds " + dimension);
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch request on index " + alias + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the OpenSearch connection", e);
        }
    }
}
