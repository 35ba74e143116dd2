package dev.firebreak.activities.retrieval.store.opensearch;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps chunks to OpenSearch source documents and back; field names mirror the Lucene store. */
final class OpenSearchChunkDocuments {

    static final String CHUNK_ID = "chunk_id";
    static final String DOC_ID = "doc_id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String TEXT = "text";
    /** Section heading, text, services, tags and root-cause kind in one BM25 field, as in the Lucene store. */
    static final String BODY = "body";
    static final String SERVICE_KEY = "service_key";
    static final String SERVICES = "services";
    static final String ROOT_CAUSE_KIND = "root_cause_kind";
    static final String TAGS = "tags";
    static final String DATE = "date";
    static final String CONTENT_HASH = "content_hash";
    static final String VECTOR = "vector";

    /** Same boosts as the Lucene store so both rank alike. */
    static final List<String> SEARCHED_FIELDS = List.of(TITLE + "^2", BODY);

    private OpenSearchChunkDocuments() {
    }

    static Map<String, Object> toSource(EmbeddedChunk embedded) {
        KnowledgeChunk chunk = embedded.chunk();
        Map<String, Object> source = new HashMap<>();
        source.put(CHUNK_ID, chunk.chunkId());
        source.put(DOC_ID, chunk.documentId());
        source.put(KIND, chunk.kind().name());
        source.put(TITLE, chunk.title());
        source.put(SECTION, chunk.section());
        source.put(TEXT, chunk.text());
        source.put(BODY, chunk.section() + "\n" + chunk.text() + "\n" + meta(chunk));
        source.put(SERVICE_KEY, chunk.services().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        source.put(SERVICES, chunk.services());
        source.put(TAGS, chunk.tags());
        source.put(ROOT_CAUSE_KIND, chunk.rootCauseKind());
        source.put(DATE, chunk.date() == null ? null : chunk.date().toString());
        source.put(CONTENT_HASH, chunk.contentHash());
        source.put(VECTOR, HybridSearch.unitLength(embedded.vector()));
        return source;
    }

    @SuppressWarnings("unchecked")
    static KnowledgeChunk toChunk(Map<String, Object> source) {
        Object date = source.get(DATE);
        return new KnowledgeChunk(
                (String) source.get(CHUNK_ID),
                (String) source.get(DOC_ID),
                DocumentKind.valueOf((String) source.get(KIND)),
                (String) source.get(TITLE),
                (String) source.get(SECTION),
                (String) source.get(TEXT),
                date == null ? null : LocalDate.parse(date.toString()),
                (List<String>) source.getOrDefault(SERVICES, List.of()),
                (String) source.get(ROOT_CAUSE_KIND),
                (List<String>) source.getOrDefault(TAGS, List.of()),
                (String) source.get(CONTENT_HASH));
    }

    private static String meta(KnowledgeChunk chunk) {
        StringBuilder meta = new StringBuilder();
        chunk.services().forEach(s -> meta.append(s).append(' '));
        chunk.tags().forEach(t -> meta.append(t).append(' '));
        if (chunk.rootCauseKind() != null) {
            meta.append(chunk.rootCauseKind().replace('_', ' '));
        }
        return meta.toString();
    }
}
