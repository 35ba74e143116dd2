package dev.firebreak.benchmarks.retrieval;

import dev.firebreak.activities.retrieval.IncidentQuery;
import dev.firebreak.activities.retrieval.RetrievalMode;
import dev.firebreak.activities.retrieval.SimilarIncident;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import java.util.List;

/**
 * recall@3: share of a query's relevant documents found in the top 3, averaged over queries.
 * MRR: 1 / rank of the first relevant document within the top 10 (0 when none), averaged.
 * The labelled service is given as context (it shapes the "why"), never as a filter.
 */
final class QualityEvaluation {

    static final int MRR_DEPTH = 10;

    record Result(double recallAt3, double mrr, double hitAt1) {
        @Override
        public String toString() {
            return String.format("recall@3=%.3f mrr=%.3f hit@1=%.3f", recallAt3, mrr, hitAt1);
        }
    }

    private QualityEvaluation() {
    }

    static Result evaluate(SimilarIncidentRetriever retriever, List<LabelledQuery> queries, RetrievalMode mode) {
        double recall = 0;
        double reciprocalRanks = 0;
        double hitsAt1 = 0;
        for (LabelledQuery labelled : queries) {
            IncidentQuery query = IncidentQuery.of(labelled.query()).withK(MRR_DEPTH).withMode(mode)
                    .withServices(labelled.service() == null ? List.of() : List.of(labelled.service()));
            List<String> ranked = retriever.findSimilar(query).stream().map(SimilarIncident::documentId).toList();
            long foundIn3 = ranked.stream().limit(3).filter(labelled.relevant()::contains).count();
            recall += (double) foundIn3 / labelled.relevant().size();
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (labelled.relevant().contains(ranked.get(rank))) {
                    reciprocalRanks += 1.0 / (rank + 1);
                    hitsAt1 += rank == 0 ? 1 : 0;
                    break;
                }
            }
        }
        int n = queries.size();
        return new Result(recall / n, reciprocalRanks / n, hitsAt1 / n);
    }
}
