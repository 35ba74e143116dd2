package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.embedding.CachingEmbedder;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeDocument;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.MarkdownDocumentParser;
import dev.firebreak.activities.retrieval.knowledge.SectionChunker;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.ChunkQuery;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds past postmortems and runbooks similar to a live incident, and keeps the index in step with
 * knowledge sources. The entry point the product calls; build one with {@link SimilarIncidentRetrievers}.
 * Thread-safe for searches; run indexing from one thread at a time.
 */
public final class SimilarIncidentRetriever implements AutoCloseable {

    /** Documents embedded and written per store call: bounds memory on large imports. */
    private static final int DOCUMENTS_PER_WRITE = 64;
    /** Chunks fetched per wanted document, since several sections of one document often rank together. */
    private static final int CHUNKS_PER_DOCUMENT = 4;

    private final KnowledgeStore store;
    private final CachingEmbedder embedder;
    private final RetrievalOptions options;
    private final SectionChunker chunker;
    private final WhyExplainer explainer = new WhyExplainer();

    /**
     * @throws EmbeddingDimensionMismatchException when the store was built for another vector size than the model makes
     */
    public SimilarIncidentRetriever(KnowledgeStore store, CachingEmbedder embedder, RetrievalOptions options, SectionChunker chunker) {
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.options = Objects.requireNonNull(options, "options");
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        if (store.dimension() != embedder.dimension()) {
            throw new EmbeddingDimensionMismatchException(store.getClass().getSimpleName(), store.dimension(), embedder.dimension());
        }
    }

    public SimilarIncidentRetriever(KnowledgeStore store, CachingEmbedder embedder) {
        this(store, embedder, RetrievalOptions.defaults(), new SectionChunker());
    }

    /** Indexes what the source holds that is new or changed (by content hash) and removes what it no longer holds. */
    public IndexReport sync(KnowledgeSource source) {
        List<KnowledgeDocument> documents = source.load();
        Set<String> present = documents.stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
        List<String> gone = store.documentHashes().keySet().stream()
                .filter(source::owns)
                .filter(id -> !present.contains(id))
                .toList();
        if (!gone.isEmpty()) {
            store.deleteDocuments(gone);
        }
        IndexReport report = index(documents);
        return new IndexReport(report.added(), report.updated(), report.unchanged(), gone.size(), report.chunks());
    }

    /** Adds or replaces documents whose content hash differs from the stored one; unchanged documents cost nothing. */
    public IndexReport index(Collection<KnowledgeDocument> documents) {
        Map<String, String> stored = store.documentHashes();
        List<KnowledgeDocument> changed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (KnowledgeDocument document : documents) {
            String hash = stored.get(document.id());
            if (hash == null) {
                added++;
                changed.add(document);
            } else if (!hash.equals(document.contentHash())) {
                updated++;
                changed.add(document);
            }
        }
        int chunks = 0;
        for (int start = 0; start < changed.size(); start += DOCUMENTS_PER_WRITE) {
            chunks += write(changed.subList(start, Math.min(changed.size(), start + DOCUMENTS_PER_WRITE)));
        }
        return new IndexReport(added, updated, documents.size() - changed.size(), 0, chunks);
    }

    private int write(List<KnowledgeDocument> documents) {
        List<KnowledgeChunk> chunks = new ArrayList<>();
        for (KnowledgeDocument document : documents) {
            List<KnowledgeChunk> documentChunks = chunker.chunk(document);
            if (documentChunks.isEmpty()) {
                throw InvalidRetrievalInputException.emptyDocument(document.id());
            }
            chunks.addAll(documentChunks);
        }
        List<float[]> vectors = embedder.embedAll(chunks.stream().map(KnowledgeChunk::embeddingText).toList());
        List<EmbeddedChunk> embedded = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            embedded.add(new EmbeddedChunk(chunks.get(i), vectors.get(i)));
        }
        store.upsert(embedded);
        return embedded.size();
    }

    /**
     * Parses and indexes one markdown document with front matter, e.g. a postmortem posted to the API.
     *
     * @param id document id, conventionally {@code postmortems/<file>.md}; an existing document with this id is replaced
     * @throws InvalidRetrievalInputException for empty or oversized markdown or unreadable front matter
     */
    public IndexReport indexMarkdown(String id, String markdown, DocumentKind kind) {
        if (id == null || id.isBlank()) {
            throw new InvalidRetrievalInputException("document id is empty");
        }
        return index(List.of(new MarkdownDocumentParser(options.maxDocumentChars()).parse(id, markdown, kind)));
    }

    public void delete(Collection<String> documentIds) {
        store.deleteDocuments(documentIds);
    }

    /**
     * Top-k distinct documents for the query, best first, each with its best-matching section and a "why".
     *
     * @throws InvalidRetrievalInputException for blank text or k outside 1..maxK
     */
    public List<SimilarIncident> findSimilar(IncidentQuery query) {
        if (query.text() == null || query.text().isBlank()) {
            throw InvalidRetrievalInputException.emptyQuery();
        }
        int k = query.k() == 0 ? options.defaultK() : query.k();
        if (k < 1 || k > options.maxK()) {
            throw InvalidRetrievalInputException.invalidK(k, options.maxK());
        }
        RetrievalMode mode = query.mode() == null ? options.defaultMode() : query.mode();
        float[] vector = mode == RetrievalMode.LEXICAL ? null : embedder.embed(Objects.toString(options.queryInstruction(), "") + query.text());
        List<ChunkHit> hits = store.search(new ChunkQuery(query.text(), vector, query.filter(), k * CHUNKS_PER_DOCUMENT, mode));

        Map<String, ChunkHit> bestPerDocument = new LinkedHashMap<>();
        for (ChunkHit hit : hits) {
            bestPerDocument.putIfAbsent(hit.chunk().documentId(), hit);
        }
        return bestPerDocument.values().stream().limit(k).map(hit -> toResult(query, hit)).toList();
    }

    private SimilarIncident toResult(IncidentQuery query, ChunkHit hit) {
        KnowledgeChunk chunk = hit.chunk();
        String excerpt = chunk.text().length() <= 240 ? chunk.text() : chunk.text().substring(0, 240) + "...";
        return new SimilarIncident(chunk.documentId(), chunk.kind(), chunk.title(), chunk.section(), hit.score(),
                chunk.rootCauseKind(), chunk.services(), chunk.date(), explainer.explain(query, chunk), excerpt);
    }

    public KnowledgeStore store() {
        return store;
    }

    public CachingEmbedder embedder() {
        return embedder;
    }

    @Override
    public void close() {
        store.close();
    }
}
