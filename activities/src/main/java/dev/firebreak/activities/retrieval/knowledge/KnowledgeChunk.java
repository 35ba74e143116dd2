package dev.firebreak.activities.retrieval.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One section of a {@link KnowledgeDocument}: the unit that is embedded, indexed and scored. It carries
 * the document's metadata so that a store can filter and a hit can be explained without a second lookup.
 *
 * @param chunkId  {@code documentId#ordinal}
 * @param section  the markdown heading the text sits under ("" for text before the first heading)
 */
public record KnowledgeChunk(
        String chunkId,
        String documentId,
        DocumentKind kind,
        String title,
        String section,
        String text,
        LocalDate date,
        List<String> services,
        String rootCauseKind,
        List<String> tags,
        String contentHash) {

    public KnowledgeChunk {
        services = List.copyOf(services == null ? List.of() : services);
        tags = List.copyOf(tags == null ? List.of() : tags);
        section = section == null ? "" : section;
    }

    /** The text an embedding model sees: the title and heading give a short section its context. */
    public String embeddingText() {
        return title + (section.isEmpty() ? "" : " - " + section) + "\n" + text;
    }
}
