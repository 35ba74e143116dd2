package dev.firebreak.activities.retrieval.store.lucene;

import dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException;
import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.ChunkQuery;
import dev.firebreak.activities.retrieval.store.EmbeddedChunk;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import dev.firebreak.activities.retrieval.store.KnowledgeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Embedded store: a Lucene index on disk ({@code KnnFloatVectorField} HNSW graph + BM25 text fields) under
 * {@code <dataDir>/knowledge-v<SCHEMA_VERSION>}. Survives restarts; one process may open a data directory at a time.
 */
public final class LuceneKnowledgeStore implements KnowledgeStore {

    /** Bump when the field layout changes: a new folder is created and re-filled instead of misreading old data. */
    public static final int SCHEMA_VERSION = 1;

    private static final String DIMENSION_KEY = "firebreak.dimension";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneQueries queries;
    private final HybridSearch hybrid;
    private final int dimension;

    private LuceneKnowledgeStore(Directory directory, IndexWriter writer, Analyzer analyzer, int dimension, HybridSearch hybrid)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.queries = new LuceneQueries(analyzer);
        this.dimension = dimension;
        this.hybrid = hybrid;
    }

    /** Opens (or creates) the index under {@code dataDir}, fusing hybrid results with equal BM25/k-NN weights. */
    public static LuceneKnowledgeStore open(Path dataDir, int dimension) {
        return open(dataDir, dimension, new HybridSearch());
    }

    /**
     * @throws EmbeddingDimensionMismatchException when the index exists with another vector dimension
     */
    public static LuceneKnowledgeStore open(Path dataDir, int dimension, HybridSearch hybrid) {
        Path folder = dataDir.resolve("knowledge-v" + SCHEMA_VERSION);
        try {
            Directory directory = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(directory)) {
                String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(DIMENSION_KEY);
                if (stored != null && Integer.parseInt(stored) != dimension) {
                    directory.close();
                    throw new EmbeddingDimensionMismatchException(folder.toString(), Integer.parseInt(stored), dimension);
                }
            }
            Analyzer analyzer = new EnglishAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Fewer, larger segments mean fewer HNSW graphs to visit per query.
                    .setRAMBufferSizeMB(256);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(DIMENSION_KEY, Integer.toString(dimension)).entrySet());
            writer.commit();
            return new LuceneKnowledgeStore(directory, writer, analyzer, dimension, hybrid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene knowledge index at " + folder, e);
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public synchronized void upsert(List<EmbeddedChunk> chunks) {
        Set<String> documentIds = new LinkedHashSet<>();
        List<Document> docs = new ArrayList<>(chunks.size());
        for (EmbeddedChunk chunk : chunks) {
            checkDimension(chunk.vector());
            documentIds.add(chunk.chunk().documentId());
            docs.add(LuceneChunkDocuments.toDocument(chunk));
        }
        try {
            writer.deleteDocuments(documentIds.stream().map(id -> new Term(LuceneChunkDocuments.DOC_ID, id)).toArray(Term[]::new));
            writer.addDocuments(docs);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene knowledge index", e);
        }
    }

    /**
     * Adds chunks without replacing earlier ones and without committing: for bulk loads of documents known to
     * be new (the benchmark). Call {@link #flush()} afterwards.
     */
    public void addWithoutCommit(List<EmbeddedChunk> chunks) {
        try {
            writer.addDocuments(chunks.stream().map(LuceneChunkDocuments::toDocument).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene knowledge index", e);
        }
    }

    /** Commits and makes everything added visible to searches. */
    public synchronized void flush() {
        try {
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Lucene knowledge index", e);
        }
    }

    @Override
    public synchronized void deleteDocuments(Collection<String> documentIds) {
        try {
            writer.deleteDocuments(documentIds.stream().map(id -> new Term(LuceneChunkDocuments.DOC_ID, id)).toArray(Term[]::new));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the Lucene knowledge index", e);
        }
    }

    @Override
    public Map<String, String> documentHashes() {
        Map<String, String> hashes = new HashMap<>();
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(doc, Set.of(LuceneChunkDocuments.DOC_ID, LuceneChunkDocuments.CONTENT_HASH));
                        hashes.put(fields.get(LuceneChunkDocuments.DOC_ID), fields.get(LuceneChunkDocuments.CONTENT_HASH));
                    }
                }
            }
            return null;
        });
        return hashes;
    }

    @Override
    public long chunkCount() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public List<ChunkHit> search(ChunkQuery query) {
        if (query.mode() != RetrievalMode.LEXICAL) {
            checkDimension(query.vector());
        }
        return withSearcher(searcher -> hybrid.search(query, new LuceneComponents(searcher, queries)));
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lucene knowledge index", e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private void checkDimension(float[] vector) {
        if (vector == null || vector.length != dimension) {
            throw new IllegalArgumentException("vector has " + (vector == null ? 0 : vector.length)
                    + " dimensions, this store holds " + dimension);
        }
    }

    /** Merges segments into one: after a bulk load this makes k-NN visit one HNSW graph instead of many. */
    public void forceMerge() {
        try {
            writer.forceMerge(1);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the Lucene knowledge index", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Lucene knowledge index", e);
        }
    }
}
