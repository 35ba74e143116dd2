package dev.firebreak.activities.retrieval.store;

/**
 * A chunk as a component search found it, before its stored fields are read: fusion needs only identity
 * and score, and reading fields for every candidate would cost more than both searches together.
 *
 * @param key   identifies the chunk within one search (a Lucene doc id, an OpenSearch _id)
 * @param score the component's own score (BM25, or vector similarity)
 */
public record Candidate(Object key, double score) {
}
