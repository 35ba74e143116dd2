package dev.firebreak.activities.retrieval.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Runbooks (or postmortems) kept in a git repository: clones it into a local checkout on first load and
 * fetches + hard-resets to the remote branch on every later load, then reads it like a folder. Whether a
 * document is re-indexed is decided by its content hash, not by commits.
 */
public final class GitKnowledgeSource implements KnowledgeSource {

    private final String uri;
    private final String branch;
    private final Path checkout;
    private final String subfolder;
    private final DocumentKind kind;
    private final String idPrefix;

    /**
     * @param uri       anything JGit can clone (https URL, file path)
     * @param branch    branch to follow, e.g. {@code main}
     * @param checkout  local working copy, owned by this source
     * @param subfolder folder inside the repository holding the markdown ("" for the root)
     */
    public GitKnowledgeSource(String uri, String branch, Path checkout, String subfolder, DocumentKind kind) {
        this(uri, branch, checkout, subfolder, kind, kind.indexName() + "/");
    }

    /** @param idPrefix prepended to every document id; tells this source's documents from other sources' */
    public GitKnowledgeSource(String uri, String branch, Path checkout, String subfolder, DocumentKind kind,
            String idPrefix) {
        this.uri = uri;
        this.branch = branch;
        this.checkout = checkout;
        this.subfolder = subfolder == null ? "" : subfolder;
        this.kind = kind;
        this.idPrefix = idPrefix;
    }

    @Override
    public String name() {
        return "git:" + uri + "#" + branch + "/" + subfolder;
    }

    @Override
    public boolean owns(String documentId) {
        return documentId.startsWith(idPrefix);
    }

    @Override
    public List<KnowledgeDocument> load() {
        update();
        Path folder = subfolder.isEmpty() ? checkout : checkout.resolve(subfolder);
        return new FolderKnowledgeSource(folder, kind, new MarkdownDocumentParser(), idPrefix).load();
    }

    private void update() {
        try {
            if (Files.isDirectory(checkout.resolve(".git"))) {
                try (Git git = Git.open(checkout.toFile())) {
                    git.fetch().setRemote("origin").call();
                    git.reset().setMode(ResetCommand.ResetType.HARD).setRef("origin/" + branch).call();
                }
            } else {
                try (Git ignored = Git.cloneRepository().setURI(uri).setBranch(branch).setDirectory(checkout.toFile()).call()) {
                    // cloned
                }
            }
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot update knowledge repository " + uri + " (" + branch + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open knowledge checkout " + checkout, e);
        }
    }
}
