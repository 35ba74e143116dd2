package dev.firebreak.activities.retrieval.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fuses ranked candidate lists of the same chunks coming from different retrievers (BM25, k-NN). */
public final class ScoreFusion {

    /** The constant from the original RRF paper (Cormack et al., 2009); it damps the weight of the very top ranks. */
    public static final int RRF_K = 60;

    private ScoreFusion() {
    }

    /** Reciprocal-rank fusion: each list adds {@code 1 / (RRF_K + rank)} for every candidate it ranks. */
    public static List<Candidate> reciprocalRank(List<List<Candidate>> lists, int k) {
        Map<Object, double[]> fused = new LinkedHashMap<>();
        for (List<Candidate> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                fused.computeIfAbsent(list.get(rank).key(), key -> new double[1])[0] += 1.0 / (RRF_K + rank + 1);
            }
        }
        return top(fused, k);
    }

    /**
     * Min-max normalises each list's scores to [0, 1] and sums them with the given weights; a candidate
     * missing from a list gets 0 from that list.
     */
    public static List<Candidate> normalized(List<List<Candidate>> lists, double[] weights, int k) {
        if (weights.length != lists.size()) {
            throw new IllegalArgumentException("one weight per list expected");
        }
        Map<Object, double[]> fused = new LinkedHashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<Candidate> list = lists.get(l);
            if (list.isEmpty()) {
                continue;
            }
            double max = list.stream().mapToDouble(Candidate::score).max().orElseThrow();
            double min = list.stream().mapToDouble(Candidate::score).min().orElseThrow();
            double range = max - min;
            for (Candidate candidate : list) {
                // A list with one distinct score says "these match" and nothing more: count them fully.
                double normalised = range == 0 ? 1.0 : (candidate.score() - min) / range;
                fused.computeIfAbsent(candidate.key(), key -> new double[1])[0] += weights[l] * normalised;
            }
        }
        return top(fused, k);
    }

    private static List<Candidate> top(Map<Object, double[]> fused, int k) {
        List<Candidate> all = new ArrayList<>(fused.size());
        fused.forEach((key, score) -> all.add(new Candidate(key, score[0])));
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return all.size() > k ? List.copyOf(all.subList(0, k)) : all;
    }
}
