package dev.firebreak.activities.retrieval.store.lucene;

import dev.firebreak.activities.retrieval.store.Candidate;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import dev.firebreak.activities.retrieval.store.ChunkHit;
import dev.firebreak.activities.retrieval.store.HybridSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
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
        return run(new KnnFloatVectorQuery(LuceneChunkDocuments.VECTOR, HybridSearch.unitLength(vector), n, LuceneQueries.filter(filter)), n);
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
