package dev.firebreak.activities.retrieval.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownDocumentParserTest {

    private final MarkdownDocumentParser parser = new MarkdownDocumentParser(2_000);

    @Test
    void readsEveryFrontMatterFieldOfAPostmortem() {
        KnowledgeDocument doc = parser.parse("postmortems/pool.md", """
                ---
                title: Checkout p99 latency after connection pool resize
                date: 2025-07-14
                services: [checkout, orders-db]
                severity: sev2
                root_cause_kind: deploy
                tags: [connection-pool, latency, rollback]
                ---
                # Summary
                Latency rose.
                """, DocumentKind.RUNBOOK);

        assertThat(doc.kind()).isEqualTo(DocumentKind.POSTMORTEM);
        assertThat(doc.title()).isEqualTo("Checkout p99 latency after connection pool resize");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(doc.services()).containsExactly("checkout", "orders-db");
        assertThat(doc.severity()).isEqualTo("sev2");
        assertThat(doc.rootCauseKind()).isEqualTo("deploy");
        assertThat(doc.tags()).containsExactly("connection-pool", "latency", "rollback");
        assertThat(doc.body()).startsWith("# Summary");
        assertThat(doc.contentHash()).hasSize(64);
    }

    @Test
    void aFileWithoutFrontMatterIsTitledByItsFirstHeading() {
        KnowledgeDocument doc = parser.parse("notes/restart.md", "# Restarting cart\nkubectl rollout restart", DocumentKind.RUNBOOK);

        assertThat(doc.title()).isEqualTo("Restarting cart");
        assertThat(doc.kind()).isEqualTo(DocumentKind.RUNBOOK);
        assertThat(doc.date()).isNull();
    }

    @Test
    void commaSeparatedServicesAreReadAsAList() {
        KnowledgeDocument doc = parser.parse("runbooks/a.md", "---\ntitle: A\nservices: cart, checkout\n---\ntext", DocumentKind.RUNBOOK);

        assertThat(doc.services()).containsExactly("cart", "checkout");
    }

    @Test
    void contentHashChangesWithTheContent() {
        String before = parser.parse("runbooks/a.md", "# A\none", DocumentKind.RUNBOOK).contentHash();
        String after = parser.parse("runbooks/a.md", "# A\ntwo", DocumentKind.RUNBOOK).contentHash();

        assertThat(before).isNotEqualTo(after);
    }

    @Test
    void rejectsAnEmptyDocumentNamingIt() {
        assertThatThrownBy(() -> parser.parse("runbooks/empty.md", "---\ntitle: x\n---\n  \n", DocumentKind.RUNBOOK))
                .isInstanceOf(InvalidRetrievalInputException.class)
                .hasMessage("document 'runbooks/empty.md' has no text to index");
    }

    @Test
    void rejectsAnOversizedDocumentNamingSizeAndLimit() {
        assertThatThrownBy(() -> parser.parse("postmortems/huge.md", "# Huge\n" + "x".repeat(3_000), DocumentKind.POSTMORTEM))
                .isInstanceOf(InvalidRetrievalInputException.class)
                .hasMessage("document 'postmortems/huge.md' is too large: 3007 characters, the limit is 2000");
    }

    @Test
    void rejectsFrontMatterThatIsNotYaml() {
        assertThatThrownBy(() -> parser.parse("postmortems/bad.md", "---\ntitle: [unclosed\n---\n# A\ntext", DocumentKind.POSTMORTEM))
                .isInstanceOf(InvalidRetrievalInputException.class)
                .hasMessageStartingWith("document 'postmortems/bad.md' has unreadable front matter");
    }
}
