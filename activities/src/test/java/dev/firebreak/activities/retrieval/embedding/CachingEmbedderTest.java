package dev.firebreak.activities.retrieval.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Embeds a text as {length, first char}; records the batch sizes it was called with. */
    static final class RecordingModel implements EmbeddingModel {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            batches.add(segments.size());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), s.text().charAt(0)}))
                    .toList());
        }
    }

    @Test
    void embedsEachDistinctTextOnceAcrossCalls() {
        RecordingModel model = new RecordingModel();
        CachingEmbedder embedder = new CachingEmbedder(model, 10, 100);

        embedder.embedAll(List.of("alpha", "beta", "alpha"));
        float[] again = embedder.embed("beta");

        assertThat(model.batches).containsExactly(2);
        assertThat(again).containsExactly(4, 'b');
    }

    @Test
    void returnsVectorsInTheOrderOfTheTexts() {
        CachingEmbedder embedder = new CachingEmbedder(new RecordingModel(), 10, 100);
        embedder.embed("zz");

        List<float[]> vectors = embedder.embedAll(List.of("a", "zz", "bbb"));

        assertThat(vectors).extracting(v -> v[0]).containsExactly(1f, 2f, 3f);
    }

    @Test
    void sendsMissingTextsInBatchesOfTheConfiguredSize() {
        RecordingModel model = new RecordingModel();
        CachingEmbedder embedder = new CachingEmbedder(model, 2, 100);

        embedder.embedAll(List.of("a", "b", "c", "d", "e"));

        assertThat(model.batches).containsExactly(2, 2, 1);
    }

    @Test
    void forgetsTheLeastRecentlyUsedTextsBeyondItsCapacity() {
        RecordingModel model = new RecordingModel();
        CachingEmbedder embedder = new CachingEmbedder(model, 10, 2);

        embedder.embedAll(List.of("a", "b", "c"));
        embedder.embed("a");

        assertThat(model.batches).containsExactly(3, 1);
    }

    @Test
    void readsTheDimensionFromTheModel() {
        assertThat(new CachingEmbedder(new RecordingModel()).dimension()).isEqualTo(2);
    }
}
