package dev.firebreak.activities.retrieval.store.opensearch;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import dev.firebreak.activities.retrieval.store.Candidate;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * BM25 ({@code multi_match}) and k-NN ({@code knn} with an in-query filter) searches for one hybrid search.
 * Both return the chunk sources anyway, so candidates are remembered and {@link #load} costs no request.
 */
final class OpenSearchComponents implements HybridSearch.Components {

    private final OpenSearchClient client;
    private final String alias;
    private final Map<Object, KnowledgeChunk> seen = new ConcurrentHashMap<>();

    OpenSearchComponents(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    @Override
    public List<Candidate> lexical(String text, ChunkFilter filter, int n) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Query match = Query.of(q -> q.multiMatch(m -> m.query(text).fields(OpenSearchChunkDocuments.SEARCHED_FIELDS).type(TextQueryType.MostFields)));
        List<Query> filters = filters(filter);
        return run(Query.of(q -> q.bool(b -> b.must(match).filter(filters))), n);
    }

    @Override
    public List<Candidate> vector(float[] vector, ChunkFilter filter, int n) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : HybridSearch.unitLength(vector)) {
            values.add(v);
        }
        List<Query> filters = filters(filter);
        // Filtering inside the k-NN query (lucene engine) keeps k results even when the filter is selective.
        return run(Query.of(q -> q.knn(k -> {
            k.field(OpenSearchChunkDocuments.VECTOR).vector(values).k(n);
            if (!filters.isEmpty()) {
                k.filter(Query.of(f -> f.bool(b -> b.filter(filters))));
            }
            return k;
        })), n);
    }

    @Override
    public List<ChunkHit> load(List<Candidate> candidates) {
        return candidates.stream().map(c -> new ChunkHit(seen.get(c.key()), c.score())).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Candidate> run(Query query, int n) {
        SearchResponse<Map> response;
        try {
            response = client.search(s -> s.index(alias).size(n).query(query)
                    .source(src -> src.filter(f -> f.excludes(OpenSearchChunkDocuments.VECTOR, OpenSearchChunkDocuments.BODY))), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch search on index " + alias + " failed", e);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            seen.computeIfAbsent(hit.id(), id -> OpenSearchChunkDocuments.toChunk(hit.source()));
            candidates.add(new Candidate(hit.id(), hit.score() == null ? 0 : hit.score()));
        }
        return candidates;
    }

    private static List<Query> filters(ChunkFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter.service() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(OpenSearchChunkDocuments.SERVICE_KEY)
                    .value(FieldValue.of(filter.service().toLowerCase(Locale.ROOT))))));
        }
        if (filter.from() != null || filter.to() != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field(OpenSearchChunkDocuments.DATE);
                if (filter.from() != null) {
                    r.gte(JsonData.of(filter.from().toString()));
                }
                if (filter.to() != null) {
                    r.lte(JsonData.of(filter.to().toString()));
                }
                return r;
            })));
        }
        if (filter.restrictsKinds()) {
            List<FieldValue> kinds = filter.kinds().stream().map(DocumentKind::name).map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(OpenSearchChunkDocuments.KIND).terms(v -> v.value(kinds)))));
        }
        return filters;
    }
}
