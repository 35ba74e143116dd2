package dev.firebreak.activities.retrieval.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderKnowledgeSourceTest {

    @Test
    void importsMarkdownFilesWithIdsRelativeToTheFolderAndKindsFromTheirSubfolder() throws Exception {
        Path root = Path.of(getClass().getResource("/retrieval/knowledge").toURI());

        List<KnowledgeDocument> documents = new FolderKnowledgeSource(root, DocumentKind.POSTMORTEM).load();

        assertThat(documents).extracting(KnowledgeDocument::id)
                .contains("postmortems/2025-07-14-checkout-pool-resize.md", "runbooks/checkout-latency.md");
        assertThat(documents).filteredOn(d -> d.id().startsWith("runbooks/")).extracting(KnowledgeDocument::kind)
                .containsOnly(DocumentKind.RUNBOOK);
    }

    @Test
    void aCorpusSourceImportsPostmortemsAndRunbooksButNotFilesBesideThem() throws Exception {
        Path root = Path.of(getClass().getResource("/retrieval/knowledge").toURI());

        List<KnowledgeDocument> documents = new CorpusKnowledgeSource(root).load();

        assertThat(documents).hasSize(6).extracting(KnowledgeDocument::id).doesNotContain("README.md")
                .contains("postmortems/2025-03-02-search-disk-full.md", "runbooks/certificate-renewal.md");
    }

    @Test
    void skipsHiddenFoldersAndNonMarkdownFiles(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/notes.md"), "# hidden\ntext");
        Files.writeString(root.resolve("image.png"), "binary");
        Files.writeString(root.resolve("restart.md"), "# Restart\ntext");

        FolderKnowledgeSource source = new FolderKnowledgeSource(root, DocumentKind.RUNBOOK, new MarkdownDocumentParser(), "runbooks/");

        assertThat(source.load()).extracting(KnowledgeDocument::id).containsExactly("runbooks/restart.md");
        assertThat(source.owns("runbooks/other.md")).isTrue();
        assertThat(source.owns("postmortems/other.md")).isFalse();
    }
}
