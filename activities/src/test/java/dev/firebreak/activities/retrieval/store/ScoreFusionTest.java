package dev.firebreak.activities.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

    @Test
    void reciprocalRankFusionPrefersAChunkBothListsRankOverOneListsTopHit() {
        List<ChunkHit> lexical = List.of(hit("a", 12), hit("b", 11));
        List<ChunkHit> vector = List.of(hit("c", 0.9), hit("b", 0.8));

        List<ChunkHit> fused = ScoreFusion.reciprocalRank(List.of(lexical, vector), 3);

        assertThat(fused).extracting(h -> h.chunk().chunkId()).containsExactly("b", "a", "c");
        assertThat(fused.get(0).score()).isEqualTo(2.0 / 62, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void normalizedFusionWeighsScoresNotJustRanks() {
        // "a" is far ahead in BM25; "c" barely ahead in k-NN: score margins decide.
        List<ChunkHit> lexical = List.of(hit("a", 20), hit("c", 2), hit("b", 1));
        List<ChunkHit> vector = List.of(hit("c", 0.81), hit("a", 0.80), hit("b", 0.10));

        List<ChunkHit> fused = ScoreFusion.normalized(List.of(lexical, vector), new double[] {0.5, 0.5}, 3);

        assertThat(fused).extracting(h -> h.chunk().chunkId()).containsExactly("a", "c", "b");
    }

    @Test
    void fusionOfEmptyListsIsEmpty() {
        assertThat(ScoreFusion.reciprocalRank(List.of(List.of(), List.of()), 5)).isEmpty();
        assertThat(ScoreFusion.normalized(List.of(List.of(), List.of()), new double[] {0.5, 0.5}, 5)).isEmpty();
    }

    private static ChunkHit hit(String id, double score) {
        return new ChunkHit(new KnowledgeChunk(id, id, DocumentKind.POSTMORTEM, id, "", id, null, List.of(), null, List.of(), null), score);
    }
}
