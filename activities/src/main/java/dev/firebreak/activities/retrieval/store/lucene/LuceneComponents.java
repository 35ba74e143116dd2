package dev.firebreak.activities.retrieval.store.lucene;

import dev.firebreak.activities.retrieval.store.Candidate;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;

/** BM25 and k-NN over one point-in-time searcher, so doc ids from both lists name the same chunks. */
final class LuceneComponents implements HybridSearch.Components {

    private final IndexSearcher searcher;
    private final LuceneQueries queries;

    LuceneComponents(IndexSearcher searcher, LuceneQueries queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    @Override
    public List<Candidate> lexical(String text, ChunkFilter filter, int n) {
        Query lexical = queries.lexical(text, searcher.getIndexReader());
        return lexical == null ? List.of() : run(LuceneQueries.withFilter(lexical, LuceneQueries.filter(filter)), n);
    }

    @Override
    public List<Candidate> vector(float[] vector, ChunkFilter filter, int n) {
        return run(new FilteredKnnQuery(HybridSearch.unitLength(vector), n, LuceneQueries.filter(filter)), n);
    }

    @Override
    public List<ChunkHit> load(List<Candidate> candidates) {
        try {
            StoredFields stored = searcher.storedFields();
            List<ChunkHit> hits = new ArrayList<>(candidates.size());
            for (Candidate candidate : candidates) {
                hits.add(new ChunkHit(LuceneChunkDocuments.toChunk(stored.document((Integer) candidate.key())), candidate.score()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chunks from the Lucene knowledge index", e);
        }
    }

    /**
     * k-NN that compares every chunk the filter lets through when they are few (a service's own
     * chunks): walking the graph for a selective filter visits mostly chunks it must then reject,
     * and was the tail of the query latency. Unfiltered and broad queries walk the graph as before.
     */
    static final class FilteredKnnQuery extends KnnFloatVectorQuery {
        static final int EXACT_AT_MOST = 5_000;

        FilteredKnnQuery(float[] vector, int k, Query filter) {
            super(LuceneChunkDocuments.VECTOR, vector, k, filter);
        }

        @Override
        protected TopDocs approximateSearch(LeafReaderContext context, Bits acceptDocs, int visitedLimit,
                KnnCollectorManager collectors) throws IOException {
            // Lucene passes the filter's matches as a bit set, and their count + 1 as the limit
            if (acceptDocs instanceof BitSet matches && visitedLimit - 1 <= EXACT_AT_MOST) {
                return exactSearch(context, new BitSetIterator(matches, visitedLimit - 1), null);
            }
            return super.approximateSearch(context, acceptDocs, visitedLimit, collectors);
        }
    }

    private List<Candidate> run(Query query, int n) {
        try {
            ScoreDoc[] top = searcher.search(query, n).scoreDocs;
            List<Candidate> candidates = new ArrayList<>(top.length);
            for (ScoreDoc doc : top) {
                candidates.add(new Candidate(doc.doc, doc.score));
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the Lucene knowledge index", e);
        }
    }
}
