package dev.firebreak.activities.retrieval.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionChunkerTest {

    private static KnowledgeDocument document(String body) {
        return new KnowledgeDocument("postmortems/a.md", DocumentKind.POSTMORTEM, "A", null, List.of("cart"), "sev2", "config",
                List.of("memory"), body, "hash");
    }

    @Test
    void makesOneChunkPerSectionNamedByItsHeading() {
        List<KnowledgeChunk> chunks = new SectionChunker().chunk(document("""
                intro line
                # Summary
                Pods restarted.
                ## Root cause
                Cache too big.
                ## Empty section
                ## Resolution
                Reverted.
                """));

        assertThat(chunks).extracting(KnowledgeChunk::section).containsExactly("", "Summary", "Root cause", "Resolution");
        assertThat(chunks).extracting(KnowledgeChunk::chunkId)
                .containsExactly("postmortems/a.md#0", "postmortems/a.md#1", "postmortems/a.md#2", "postmortems/a.md#3");
        assertThat(chunks.get(2).text()).isEqualTo("Cache too big.");
        assertThat(chunks.get(2).services()).containsExactly("cart");
        assertThat(chunks.get(2).rootCauseKind()).isEqualTo("config");
    }

    @Test
    void ignoresHeadingLikeLinesInsideCodeFences() {
        List<KnowledgeChunk> chunks = new SectionChunker().chunk(document("""
                # Steps
                ```bash
                # not a heading, a shell comment
                kubectl get pods
                ```
                """));

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).text()).contains("# not a heading");
    }

    @Test
    void splitsALongSectionAtParagraphsKeepingTheHeading() {
        String paragraph = "word ".repeat(40).trim();
        List<KnowledgeChunk> chunks = new SectionChunker(300).chunk(document("# Timeline\n" + (paragraph + "\n\n").repeat(4)));

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(c -> {
            assertThat(c.section()).isEqualTo("Timeline");
            assertThat(c.text().length()).isLessThanOrEqualTo(300);
        });
    }

    @Test
    void embeddingTextGivesTheSectionItsDocumentContext() {
        KnowledgeChunk chunk = new SectionChunker().chunk(document("# Root cause\nCache too big.")).get(0);

        assertThat(chunk.embeddingText()).isEqualTo("A - Root cause\nCache too big.");
    }
}
