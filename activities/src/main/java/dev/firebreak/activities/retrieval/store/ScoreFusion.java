package dev.firebreak.activities.retrieval.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fuses ranked lists of the same chunks coming from different retrievers (BM25, k-NN). */
public final class ScoreFusion {

    /** The constant from the original RRF paper (Cormack et al., 2009); it damps the weight of the very top ranks. */
    public static final int RRF_K = 60;

    private ScoreFusion() {
    }

    /** Reciprocal-rank fusion: each list adds {@code 1 / (RRF_K + rank)} for every chunk it ranks. */
    public static List<ChunkHit> reciprocalRank(List<List<ChunkHit>> lists, int k) {
        Map<String, Fused> fused = new LinkedHashMap<>();
        for (List<ChunkHit> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                ChunkHit hit = list.get(rank);
                fused.computeIfAbsent(hit.chunk().chunkId(), id -> new Fused(hit)).score += 1.0 / (RRF_K + rank + 1);
            }
        }
        return top(fused, k);
    }

    /**
     * Min-max normalises each list's scores to [0, 1] and sums them with the given weights; a chunk missing
     * from a list gets 0 from that list.
     */
    public static List<ChunkHit> normalized(List<List<ChunkHit>> lists, double[] weights, int k) {
        if (weights.length != lists.size()) {
            throw new IllegalArgumentException("one weight per list expected");
        }
        Map<String, Fused> fused = new LinkedHashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<ChunkHit> list = lists.get(l);
            if (list.isEmpty()) {
                continue;
            }
            double max = list.stream().mapToDouble(ChunkHit::score).max().orElseThrow();
            double min = list.stream().mapToDouble(ChunkHit::score).min().orElseThrow();
            double range = max - min;
            for (ChunkHit hit : list) {
                // A list with one distinct score says "these match" and nothing more: count them fully.
                double normalised = range == 0 ? 1.0 : (hit.score() - min) / range;
                fused.computeIfAbsent(hit.chunk().chunkId(), id -> new Fused(hit)).score += weights[l] * normalised;
            }
        }
        return top(fused, k);
    }

    private static List<ChunkHit> top(Map<String, Fused> fused, int k) {
        List<Fused> all = new ArrayList<>(fused.values());
        all.sort(Comparator.comparingDouble((Fused f) -> f.score).reversed());
        return all.stream().limit(k).map(f -> new ChunkHit(f.hit.chunk(), f.score)).toList();
    }

    private static final class Fused {
        private final ChunkHit hit;
        private double score;

        private Fused(ChunkHit hit) {
            this.hit = hit;
        }
    }
}
