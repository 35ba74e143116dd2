package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.knowledge.MarkdownDocumentParser;

/**
 * Tuning of {@link SimilarIncidentRetriever}.
 *
 * @param defaultMode      mode when a query names none
 * @param defaultK         documents returned when a query asks for k = 0
 * @param maxK             largest k accepted; larger is an input error
 * @param queryInstruction prefix put before query text (not documents) when embedding it; "" for none; null lets
 *                         {@link SimilarIncidentRetrievers#open(RetrievalSettings)} pick the model's own (bge's
 *                         instruction for the local model)
 * @param maxDocumentChars larger markdown given to {@link SimilarIncidentRetriever#indexMarkdown} is an input error
 */
public record RetrievalOptions(RetrievalMode defaultMode, int defaultK, int maxK, String queryInstruction, int maxDocumentChars) {

    public static RetrievalOptions defaults() {
        // RRF: on the seed corpus it matched or beat normalised combination on recall@3 and MRR (see RetrievalBench).
        return new RetrievalOptions(RetrievalMode.HYBRID_RRF, 5, 100, null, MarkdownDocumentParser.DEFAULT_MAX_CHARS);
    }

    public RetrievalOptions withDefaultMode(RetrievalMode mode) {
        return new RetrievalOptions(mode, defaultK, maxK, queryInstruction, maxDocumentChars);
    }

    public RetrievalOptions withQueryInstruction(String instruction) {
        return new RetrievalOptions(defaultMode, defaultK, maxK, instruction, maxDocumentChars);
    }

    public RetrievalOptions withMaxDocumentChars(int chars) {
        return new RetrievalOptions(defaultMode, defaultK, maxK, queryInstruction, chars);
    }
}
