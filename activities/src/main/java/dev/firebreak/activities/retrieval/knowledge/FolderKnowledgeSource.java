package dev.firebreak.activities.retrieval.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports every {@code *.md} file under a folder. Document ids are paths relative to the folder with
 * forward slashes, so {@code knowledge/postmortems/a.md} becomes {@code postmortems/a.md}.
 */
public final class FolderKnowledgeSource implements KnowledgeSource {

    private final Path root;
    private final DocumentKind defaultKind;
    private final MarkdownDocumentParser parser;
    private final String idPrefix;

    public FolderKnowledgeSource(Path root, DocumentKind defaultKind) {
        this(root, defaultKind, new MarkdownDocumentParser(), "");
    }

    /** @param idPrefix prepended to every id, e.g. {@code runbooks/} for a folder that holds only runbooks */
    public FolderKnowledgeSource(Path root, DocumentKind defaultKind, MarkdownDocumentParser parser, String idPrefix) {
        this.root = root;
        this.defaultKind = defaultKind;
        this.parser = parser;
        this.idPrefix = idPrefix;
    }

    @Override
    public String name() {
        return "folder:" + root.toAbsolutePath().normalize();
    }

    /** Owns every id under its prefix; with the empty prefix, every id. */
    @Override
    public boolean owns(String documentId) {
        return documentId.startsWith(idPrefix);
    }

    @Override
    public List<KnowledgeDocument> load() {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("knowledge folder '" + root + "' does not exist");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !isHidden(root.relativize(file)))
                    .sorted()
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + root, e);
        }
    }

    private KnowledgeDocument read(Path file) {
        String id = idPrefix + root.relativize(file).toString().replace('\\', '/');
        try {
            return parser.parse(id, Files.readString(file, StandardCharsets.UTF_8), defaultKind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    // Skips .git and friends, and README-style files are still indexed: they are ordinary markdown.
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
