package dev.firebreak.activities.retrieval.knowledge;

import java.util.List;

/** Where documents come from. {@link #load()} returns the complete current set, so absent ids can be removed. */
public interface KnowledgeSource {

    /** A name for logs and errors. */
    String name();

    List<KnowledgeDocument> load();

    /**
     * Whether a stored document id came from this source. A sync removes stored documents the source owns
     * but no longer returns, so two sources with disjoint id prefixes never delete each other's documents.
     */
    boolean owns(String documentId);
}
