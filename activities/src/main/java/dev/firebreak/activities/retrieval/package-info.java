/**
 * Similar-past-incident retrieval: finds postmortems and runbooks that resemble a live incident.
 *
 * <pre>{@code
 * SimilarIncidentRetriever retriever = SimilarIncidentRetrievers.open(
 *         RetrievalSettings.embedded(Path.of("data"))                  // embedded Lucene under data/knowledge-v1
 *                 .withOpenSearch(url, "firebreak-knowledge"));        // optional: OpenSearch instead
 * retriever.sync(new CorpusKnowledgeSource(Path.of("knowledge")));    // re-indexes only changed files
 * List<SimilarIncident> hits = retriever.findSimilar(alertContext.toQuery().withK(5));
 * }</pre>
 *
 * <p>No Spring here: the application wires these classes. Input errors are
 * {@link dev.firebreak.activities.retrieval.InvalidRetrievalInputException} (map to 400); a model/index
 * vector-size mismatch at start-up is {@link dev.firebreak.activities.retrieval.EmbeddingDimensionMismatchException}.
 */
package dev.firebreak.activities.retrieval;
