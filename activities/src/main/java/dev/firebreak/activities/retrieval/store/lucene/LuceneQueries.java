package dev.firebreak.activities.retrieval.store.lucene;

import java.util.List;
import java.util.Comparator;
import java.util.ArrayList;
import org.apache.lucene.index.IndexReader;
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
    /** How many of an alert's terms a search keeps when the index can tell which are rare. */
    static final int SELECTIVE_TERMS = 12;

    private final Analyzer analyzer;

    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A disjunction of every analysed query term over the searched fields; null when no term survives analysis. */
    Query lexical(String text) {
        return lexical(text, null);
    }

    /**
     * As {@link #lexical(String)}, keeping only the {@link #SELECTIVE_TERMS} rarest terms the index
     * holds (most-informative-terms, as "more like this" does): common words add many postings to
     * score and almost nothing to the ranking, and terms no chunk contains cost a lookup per field.
     */
    Query lexical(String text, IndexReader reader) {
        Set<String> terms = terms(text);
        if (reader != null && terms.size() > SELECTIVE_TERMS) {
            terms = selective(terms, reader);
        }
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

    private static Set<String> selective(Set<String> terms, IndexReader reader) {
        record Df(String term, int docs) {}
        List<Df> known = new ArrayList<>();
        try {
            for (String term : terms) {
                int docs = 0;
                for (String field : SEARCHED_FIELDS) {
                    docs = Math.max(docs, reader.docFreq(new Term(field, term)));
                }
                if (docs > 0) {
                    known.add(new Df(term, docs));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term statistics of the Lucene knowledge index", e);
        }
        known.sort(Comparator.comparingInt(Df::docs).thenComparing(Df::term));
        Set<String> kept = new LinkedHashSet<>();
        known.stream().limit(SELECTIVE_TERMS).forEach(d -> kept.add(d.term()));
        return kept;
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
