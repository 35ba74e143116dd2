package dev.firebreak.activities.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

    @Test
    void reciprocalRankFusionPrefersAChunkBothListsRankOverOneListsTopHit() {
        List<Candidate> lexical = List.of(new Candidate("a", 12), new Candidate("b", 11));
        List<Candidate> vector = List.of(new Candidate("c", 0.9), new Candidate("b", 0.8));

        List<Candidate> fused = ScoreFusion.reciprocalRank(List.of(lexical, vector), 3);

        assertThat(fused).extracting(Candidate::key).containsExactly("b", "a", "c");
        assertThat(fused.get(0).score()).isEqualTo(2.0 / 62, Offset.offset(1e-12));
    }

    @Test
    void normalizedFusionWeighsScoreMarginsNotJustRanks() {
        // "a" is far ahead in BM25; "c" barely ahead in k-NN: the margins decide.
        List<Candidate> lexical = List.of(new Candidate("a", 20), new Candidate("c", 2), new Candidate("b", 1));
        List<Candidate> vector = List.of(new Candidate("c", 0.81), new Candidate("a", 0.80), new Candidate("b", 0.10));

        List<Candidate> fused = ScoreFusion.normalized(List.of(lexical, vector), new double[] {0.5, 0.5}, 3);

        assertThat(fused).extracting(Candidate::key).containsExactly("a", "c", "b");
    }

    @Test
    void fusionKeepsAtMostK() {
        List<Candidate> list = List.of(new Candidate("a", 3), new Candidate("b", 2), new Candidate("c", 1));

        assertThat(ScoreFusion.reciprocalRank(List.of(list), 2)).hasSize(2);
        assertThat(ScoreFusion.normalized(List.of(list), new double[] {1}, 2)).hasSize(2);
    }

    @Test
    void fusionOfEmptyListsIsEmpty() {
        assertThat(ScoreFusion.reciprocalRank(List.of(List.of(), List.of()), 5)).isEmpty();
        assertThat(ScoreFusion.normalized(List.of(List.of(), List.of()), new double[] {0.5, 0.5}, 5)).isEmpty();
    }
}
