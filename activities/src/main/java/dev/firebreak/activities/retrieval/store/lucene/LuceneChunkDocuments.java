package dev.firebreak.activities.retrieval.store.lucene;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Maps chunks to Lucene documents and back; the field names are the on-disk schema (see the index version). */
final class LuceneChunkDocuments {

    static final String CHUNK_ID = "chunk_id";
    static final String DOC_ID = "doc_id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String TEXT = "text";
    /** Section heading, text, services, tags and root-cause kind in one BM25 field: half the clauses of searching each. */
    static final String BODY = "body";
    static final String SERVICE = "service";
    static final String SERVICE_STORED = "services";
    static final String ROOT_CAUSE_KIND = "root_cause_kind";
    static final String TAGS = "tags";
    static final String DATE = "date";
    static final String CONTENT_HASH = "content_hash";
    static final String VECTOR = "vector";

    /** Fields BM25 searches and their boosts: a title match says more about the whole incident than a body match. */
    static final List<String> SEARCHED_FIELDS = List.of(TITLE, BODY);
    static final float[] SEARCHED_BOOSTS = {2.0f, 1.0f};

    private LuceneChunkDocuments() {
    }

    static String serviceKey(String service) {
        return service.toLowerCase(Locale.ROOT);
    }

    static Document toDocument(EmbeddedChunk embedded) {
        KnowledgeChunk chunk = embedded.chunk();
        Document doc = new Document();
        doc.add(new StringField(CHUNK_ID, chunk.chunkId(), Field.Store.YES));
        doc.add(new StringField(DOC_ID, chunk.documentId(), Field.Store.YES));
        doc.add(new StringField(KIND, chunk.kind().name(), Field.Store.YES));
        doc.add(new TextField(TITLE, chunk.title(), Field.Store.YES));
        doc.add(new StoredField(SECTION, chunk.section()));
        doc.add(new StoredField(TEXT, chunk.text()));
        doc.add(new TextField(BODY, chunk.section() + "\n" + chunk.text() + "\n" + meta(chunk), Field.Store.NO));
        for (String service : chunk.services()) {
            doc.add(new StringField(SERVICE, serviceKey(service), Field.Store.NO));
            doc.add(new StoredField(SERVICE_STORED, service));
        }
        for (String tag : chunk.tags()) {
            doc.add(new StoredField(TAGS, tag));
        }
        if (chunk.rootCauseKind() != null) {
            doc.add(new StoredField(ROOT_CAUSE_KIND, chunk.rootCauseKind()));
        }
        if (chunk.date() != null) {
            doc.add(new LongPoint(DATE, chunk.date().toEpochDay()));
            doc.add(new StoredField(DATE, chunk.date().toEpochDay()));
        }
        if (chunk.contentHash() != null) {
            doc.add(new StoredField(CONTENT_HASH, chunk.contentHash()));
        }
        // Vectors are stored unit-length so the cheaper dot product equals cosine similarity.
        doc.add(new KnnFloatVectorField(VECTOR, HybridSearch.unitLength(embedded.vector()), VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    static KnowledgeChunk toChunk(Document doc) {
        IndexableField date = doc.getField(DATE);
        return new KnowledgeChunk(
                doc.get(CHUNK_ID),
                doc.get(DOC_ID),
                DocumentKind.valueOf(doc.get(KIND)),
                doc.get(TITLE),
                doc.get(SECTION),
                doc.get(TEXT),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                Arrays.asList(doc.getValues(SERVICE_STORED)),
                doc.get(ROOT_CAUSE_KIND),
                Arrays.asList(doc.getValues(TAGS)),
                doc.get(CONTENT_HASH));
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
