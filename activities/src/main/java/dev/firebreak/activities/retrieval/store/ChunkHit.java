package dev.firebreak.activities.retrieval.store;

import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;

/** A scored chunk; scores are comparable only within one result list. */
public record ChunkHit(KnowledgeChunk chunk, double score) {
}
