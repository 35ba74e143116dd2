package dev.firebreak.activities.retrieval.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitKnowledgeSourceTest {

    @TempDir
    Path tmp;

    @Test
    void clonesOnFirstLoadAndSeesLaterCommitsOnTheNext() throws Exception {
        Path upstream = tmp.resolve("upstream");
        try (Git git = Git.init().setDirectory(upstream.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(upstream.resolve("docs"));
            Files.writeString(upstream.resolve("docs/restart.md"), "---\ntitle: Restart cart\nservices: [cart]\n---\n# Steps\nrestart");
            commit(git, "first");

            GitKnowledgeSource source = new GitKnowledgeSource(upstream.toUri().toString(), "main", tmp.resolve("checkout"), "docs",
                    DocumentKind.RUNBOOK);
            List<KnowledgeDocument> first = source.load();

            Files.writeString(upstream.resolve("docs/restart.md"), "---\ntitle: Restart cart\nservices: [cart]\n---\n# Steps\ndrain, then restart");
            Files.writeString(upstream.resolve("docs/scale.md"), "# Scale cart\nkubectl scale");
            commit(git, "second");
            List<KnowledgeDocument> second = source.load();

            assertThat(first).extracting(KnowledgeDocument::id).containsExactly("runbooks/restart.md");
            assertThat(first.get(0).kind()).isEqualTo(DocumentKind.RUNBOOK);
            assertThat(second).extracting(KnowledgeDocument::id).containsExactly("runbooks/restart.md", "runbooks/scale.md");
            assertThat(second.get(0).contentHash()).isNotEqualTo(first.get(0).contentHash());
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("test", "test@example.com").setCommitter("test", "test@example.com").setSign(false).call();
    }
}
