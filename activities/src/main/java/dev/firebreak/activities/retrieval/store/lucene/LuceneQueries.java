package dev.firebreak.activities.retrieval.store.lucene;

import static dev.firebreak.activities.retrieval.store.lucene.LuceneChunkDocuments.SEARCHED_BOOSTS;
import static dev.firebreak.activities.retrieval.store.lucene.LuceneChunkDocuments.SEARCHED_FIELDS;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the BM25 and filter queries of the Lucene store. */
final class LuceneQueries {

    /** Keeps a long alert text well below Lucene's 1024-clause limit (terms x searched fields). */
    static final int MAX_TERMS = 200;

    private final Analyzer analyzer;

    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A disjunction of every analysed query term over the searched fields; null when no term survives analysis. */
    Query lexical(String text) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            for (int f = 0; f < SEARCHED_FIELDS.size(); f++) {
                Query termQuery = new TermQuery(new Term(SEARCHED_FIELDS.get(f), term));
                query.add(new BoostQuery(termQuery, SEARCHED_BOOSTS[f]), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** The filter as a non-scoring query; null when the filter lets everything through. */
    static Query filter(ChunkFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        if (filter.service() != null) {
            query.add(new TermQuery(new Term(LuceneChunkDocuments.SERVICE, LuceneChunkDocuments.serviceKey(filter.service()))),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(LuceneChunkDocuments.DATE, from, to), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.restrictsKinds()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (DocumentKind kind : filter.kinds()) {
                kinds.add(new TermQuery(new Term(LuceneChunkDocuments.KIND, kind.name())), BooleanClause.Occur.SHOULD);
            }
            query.add(kinds.build(), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? query.build() : null;
    }

    static Query withFilter(Query scoring, Query filter) {
        if (filter == null) {
            return scoring;
        }
        return new BooleanQuery.Builder()
                .add(scoring, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        try (TokenStream tokens = analyzer.tokenStream(LuceneChunkDocuments.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }
}
