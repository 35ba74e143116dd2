package dev.firebreak.activities.retrieval.store;

import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;

/** A chunk with its embedding, ready to store. */
public record EmbeddedChunk(KnowledgeChunk chunk, float[] vector) {
}
