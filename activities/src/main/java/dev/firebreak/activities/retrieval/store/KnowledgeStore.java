package dev.firebreak.activities.retrieval.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port for storing and searching knowledge chunks. Implementations: embedded Lucene (default) and
 * OpenSearch; both pass the same contract test suite.
 *
 * <p>Contract:
 * <ul>
 *   <li>A store holds vectors of one {@link #dimension()}, fixed when the index is first created; opening
 *       an existing index with another dimension fails with
 *       {@link dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException}.</li>
 *   <li>{@link #upsert} replaces, per document id, every chunk previously stored for that document, and
 *       its result is visible to the next {@link #search} and durable once it returns.</li>
 *   <li>{@link #search} applies the filter before ranking (a filtered search still returns up to k hits when
 *       that many match), returns at most k hits, best first, and never returns a deleted chunk.</li>
 *   <li>Hybrid modes fuse a BM25 list and a k-NN list in the client (see {@code HybridSearch}), so both
 *       stores rank identically given identical component lists.</li>
 *   <li>Methods may be called from several threads; {@link #close()} releases files or connections.</li>
 * </ul>
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Length of the vectors this store holds. */
    int dimension();

    /** Stores chunks, replacing all earlier chunks of each document that appears in {@code chunks}. */
    void upsert(List<EmbeddedChunk> chunks);

    /** Removes every chunk of these documents; unknown ids are ignored. */
    void deleteDocuments(Collection<String> documentIds);

    /** Document id to content hash for every stored document, to decide what needs re-indexing. */
    Map<String, String> documentHashes();

    /** Top chunks for the query; see the class contract. */
    List<ChunkHit> search(ChunkQuery query);

    /** Number of stored chunks. */
    long chunkCount();

    @Override
    void close();
}
