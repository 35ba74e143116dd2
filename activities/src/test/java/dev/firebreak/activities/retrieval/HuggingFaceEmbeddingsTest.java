package dev.firebreak.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote embeddings through langchain4j's Hugging Face client, against a local fake inference endpoint. */
class HuggingFaceEmbeddingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private HttpServer fakeHuggingFace;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFakeEndpoint() throws IOException {
        fakeHuggingFace = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Feature extraction: one 3-dimensional vector per input text.
        fakeHuggingFace.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            List<float[]> vectors = new ArrayList<>();
            for (JsonNode input : body.get("inputs")) {
                int h = input.asText().hashCode();
                vectors.add(new float[] {1 + (h & 7), (h >> 3) & 7, (h >> 6) & 7});
            }
            byte[] response = JSON.writeValueAsString(vectors).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        fakeHuggingFace.start();
    }

    @AfterEach
    void stop() {
        fakeHuggingFace.stop(0);
    }

    private RetrievalSettings huggingFaceSettings() {
        return RetrievalSettings.embedded(dataDir)
                .withHuggingFace("hf_test_token", "acme/tiny-embedder", "http://127.0.0.1:" + fakeHuggingFace.getAddress().getPort() + "/");
    }

    @Test
    void theIndexTakesTheRemoteModelsDimensionAndQueriesAreEmbeddedRemotely() {
        try (SimilarIncidentRetriever retriever = SimilarIncidentRetrievers.open(huggingFaceSettings())) {
            retriever.indexMarkdown("postmortems/a.md", "---\ntitle: Disk full\n---\n# Summary\nsearch disk full", dev.firebreak.activities.retrieval.knowledge.DocumentKind.POSTMORTEM);

            assertThat(retriever.store().dimension()).isEqualTo(3);
            assertThat(retriever.findSimilar(IncidentQuery.of("disk full").withK(1)).get(0).documentId()).isEqualTo("postmortems/a.md");
        }
        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r).contains("acme/tiny-embedder").endsWith("Bearer hf_test_token"));
    }

    @Test
    void switchingToAModelOfAnotherDimensionIsAClearStartupError() {
        SimilarIncidentRetrievers.open(huggingFaceSettings()).close();

        assertThatThrownBy(() -> SimilarIncidentRetrievers.open(RetrievalSettings.embedded(dataDir)))
                .isInstanceOf(EmbeddingDimensionMismatchException.class)
                .hasMessageContaining("holds 3-dimensional vectors but the embedding model produces 384");
    }
}
