package dev.firebreak.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.embedding.CachingEmbedder;
import dev.firebreak.activities.retrieval.embedding.EmbeddingModels;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.CorpusKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.SectionChunker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on the embedded store with the real in-process bge-small model and the test fixtures. */
class SimilarIncidentRetrieverTest {

    private static CachingEmbedder embedder;

    @TempDir
    Path tmp;

    private Path knowledge;
    private SimilarIncidentRetriever retriever;

    @BeforeAll
    static void loadModel() {
        embedder = new CachingEmbedder(EmbeddingModels.localBgeSmall());
    }

    @BeforeEach
    void indexFixtures() throws Exception {
        knowledge = tmp.resolve("knowledge");
        copyFixtures(Path.of(getClass().getResource("/retrieval/knowledge").toURI()), knowledge);
        retriever = SimilarIncidentRetrievers.open(RetrievalSettings.embedded(tmp.resolve("data")), embedder);
        retriever.sync(new CorpusKnowledgeSource(knowledge));
    }

    @AfterEach
    void close() {
        retriever.close();
    }

    @Test
    void anAlertWithItsFindingsFindsThePostmortemOfTheSameIncidentFirst() {
        AlertContext alert = new AlertContext("CheckoutHighLatency", Map.of("service", "checkout"),
                Map.of("summary", "checkout p99 latency above 3s"), "Connection is not available, request timed out",
                "checkout 2.15 rolled out 5 minutes before", "http_server_requests_seconds p99");

        List<SimilarIncident> hits = retriever.findSimilar(alert.toQuery().withKinds(Set.of(DocumentKind.POSTMORTEM)).withK(3));

        SimilarIncident top = hits.get(0);
        assertThat(top.documentId()).isEqualTo("postmortems/2025-07-14-checkout-pool-resize.md");
        assertThat(top.title()).isEqualTo("Checkout p99 latency after connection pool resize");
        assertThat(top.rootCauseKind()).isEqualTo("deploy");
        assertThat(top.services()).containsExactly("checkout", "orders-db");
        assertThat(top.section()).isNotBlank();
        assertThat(top.why()).contains("shared service checkout").contains("same root-cause kind (deploy)");
    }

    @Test
    void returnsEachDocumentOnceWithItsBestSection() {
        List<SimilarIncident> hits = retriever.findSimilar(IncidentQuery.of("certificate expired TLS handshake failures").withK(4));

        assertThat(hits).extracting(SimilarIncident::documentId).doesNotHaveDuplicates();
        assertThat(hits.get(0).documentId()).isIn("postmortems/2024-11-20-payments-cert-expiry.md", "runbooks/certificate-renewal.md");
        assertThat(hits.get(0).why()).contains("matching terms:");
    }

    @Test
    void filtersByServiceAndTime() {
        List<SimilarIncident> hits = retriever.findSimilar(IncidentQuery.of("pods restarting out of memory")
                .withServiceFilter("cart").withTimeRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

        assertThat(hits).extracting(SimilarIncident::documentId).containsExactly("postmortems/2025-05-09-cart-oomkilled.md");
    }

    @Test
    void everyModeAnswers() {
        for (RetrievalMode mode : RetrievalMode.values()) {
            assertThat(retriever.findSimilar(IncidentQuery.of("disk watermark read-only indices").withMode(mode).withK(1)))
                    .as(mode.name()).extracting(SimilarIncident::documentId).containsExactly("postmortems/2025-03-02-search-disk-full.md");
        }
    }

    @Test
    void resyncSkipsUnchangedDocumentsReindexesChangedOnesAndRemovesDeletedOnes() throws IOException {
        CorpusKnowledgeSource source = new CorpusKnowledgeSource(knowledge);
        assertThat(retriever.sync(source)).isEqualTo(new IndexReport(0, 0, 6, 0, 0));

        Path cart = knowledge.resolve("postmortems/2025-05-09-cart-oomkilled.md");
        Files.writeString(cart, Files.readString(cart).replace("OOMKilled", "OOMKilled (exit code 137)"));
        Files.delete(knowledge.resolve("postmortems/2025-03-02-search-disk-full.md"));
        IndexReport report = retriever.sync(source);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(4);
        assertThat(retriever.findSimilar(IncidentQuery.of("exit code 137").withMode(RetrievalMode.LEXICAL)).get(0).documentId())
                .isEqualTo("postmortems/2025-05-09-cart-oomkilled.md");
        assertThat(retriever.store().documentHashes()).doesNotContainKey("postmortems/2025-03-02-search-disk-full.md");
    }

    @Test
    void theIndexIsStillSearchableAfterARestart() {
        retriever.close();
        retriever = SimilarIncidentRetrievers.open(RetrievalSettings.embedded(tmp.resolve("data")), embedder);

        assertThat(retriever.findSimilar(IncidentQuery.of("expired certificate").withK(1)).get(0).kind()).isNotNull();
        assertThat(retriever.store().documentHashes()).hasSize(6);
    }

    @Test
    void rejectsBadInputWithMessagesNamingTheProblem() {
        assertThatThrownBy(() -> retriever.findSimilar(IncidentQuery.of("   ")))
                .isInstanceOf(InvalidRetrievalInputException.class).hasMessageContaining("query text is empty");
        assertThatThrownBy(() -> retriever.findSimilar(IncidentQuery.of("disk").withK(1_000)))
                .isInstanceOf(InvalidRetrievalInputException.class).hasMessage("k must be between 1 and 100, was 1000");
    }

    @Test
    void indexesAPostedMarkdownPostmortemAndFindsIt() {
        IndexReport report = retriever.indexMarkdown("postmortems/2025-09-01-kafka-lag.md", """
                ---
                title: Order events delayed by Kafka consumer lag
                date: 2025-09-01
                services: [orders, kafka]
                root_cause_kind: capacity
                ---
                # Summary
                The order consumer fell 40 minutes behind after a partition rebalance storm.
                """, DocumentKind.POSTMORTEM);

        assertThat(report.added()).isEqualTo(1);
        assertThat(retriever.findSimilar(IncidentQuery.of("kafka consumer lag rebalance").withK(1)).get(0).documentId())
                .isEqualTo("postmortems/2025-09-01-kafka-lag.md");
    }

    @Test
    void rejectsAnOversizedPostedDocument() {
        // Shares the open store; not closed here because that would close the store under the other retriever.
        SimilarIncidentRetriever small = new SimilarIncidentRetriever(retriever.store(), embedder,
                RetrievalOptions.defaults().withMaxDocumentChars(100), new SectionChunker());

        assertThatThrownBy(() -> small.indexMarkdown("postmortems/big.md", "# Big\n" + "x".repeat(200), DocumentKind.POSTMORTEM))
                .isInstanceOf(InvalidRetrievalInputException.class)
                .hasMessage("document 'postmortems/big.md' is too large: 206 characters, the limit is 100");
    }

    private static void copyFixtures(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
