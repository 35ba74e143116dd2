package dev.firebreak.activities.retrieval.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge folder laid out as {@code postmortems/*.md} and {@code runbooks/*.md} (the repository's
 * {@code knowledge/}). Files beside those folders, such as a README, are not documents and are not imported.
 */
public final class CorpusKnowledgeSource implements KnowledgeSource {

    private final Path root;
    private final MarkdownDocumentParser parser;

    public CorpusKnowledgeSource(Path root) {
        this(root, new MarkdownDocumentParser());
    }

    public CorpusKnowledgeSource(Path root, MarkdownDocumentParser parser) {
        this.root = root;
        this.parser = parser;
    }

    @Override
    public String name() {
        return "corpus:" + root.toAbsolutePath().normalize();
    }

    @Override
    public List<KnowledgeDocument> load() {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("knowledge folder '" + root + "' does not exist");
        }
        List<KnowledgeDocument> documents = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Path folder = root.resolve(kind.indexName());
            if (Files.isDirectory(folder)) {
                documents.addAll(new FolderKnowledgeSource(folder, kind, parser, kind.indexName() + "/").load());
            }
        }
        return documents;
    }

    @Override
    public boolean owns(String documentId) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (documentId.startsWith(kind.indexName() + "/")) {
                return true;
            }
        }
        return false;
    }
}
