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
     * k-NN that compares every chunk the filter lets through when that is cheaper than walking the graph.
     * A walk restricted to a fraction {@code s} of a segment's {@code n} chunks visits about {@code V/s} nodes
     * ({@code V} grows with k: ~1,200 for k = 40 at 100,000 chunks of 384 dimensions, measured), and when
     * it would visit more than the filter's matches Lucene gives up and compares them all anyway, paying
     * twice; comparing the {@code s·n} matches costs about half as much per chunk as a visit. The two are
     * even at {@code matches² ≈ 50·k·n}, which this compares against: a service's 13,000 of 100,000
     * chunks (k = 40) are compared exactly in 4.3-5.3 ms every time, where the walk took 5.3-6.8 ms
     * at p50 and fell back in one query of five (p99 7.8-11.9 ms); an unfiltered or broad query still walks
     * the graph.
     */
    static final class FilteredKnnQuery extends KnnFloatVectorQuery {
        private static final long VISITS_PER_NEIGHBOUR = 50;

        FilteredKnnQuery(float[] vector, int k, Query filter) {
            super(LuceneChunkDocuments.VECTOR, vector, k, filter);
        }

        @Override
        protected TopDocs approximateSearch(LeafReaderContext context, Bits acceptDocs, int visitedLimit,
                KnnCollectorManager collectors) throws IOException {
            // Lucene passes the filter's matches as a bit set, and their count + 1 as the limit
            long matchCount = visitedLimit - 1L;
            if (acceptDocs instanceof BitSet matches
                    && matchCount * matchCount <= VISITS_PER_NEIGHBOUR * k * context.reader().maxDoc()) {
                return exactSearch(context, new BitSetIterator(matches, matchCount), null);
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
