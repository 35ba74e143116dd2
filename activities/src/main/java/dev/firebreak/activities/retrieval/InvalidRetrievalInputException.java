package dev.firebreak.activities.retrieval;

/**
 * Input the retrieval library refuses: empty text, an unknown index, an oversized document. The message
 * names the problem so that an API layer can return it verbatim as a 400.
 */
public class InvalidRetrievalInputException extends IllegalArgumentException {

    public InvalidRetrievalInputException(String message) {
        super(message);
    }

    public static InvalidRetrievalInputException emptyQuery() {
        return new InvalidRetrievalInputException("query text is empty: give alert or finding text to search with");
    }

    public static InvalidRetrievalInputException emptyDocument(String documentId) {
        return new InvalidRetrievalInputException("document '" + documentId + "' has no text to index");
    }

    public static InvalidRetrievalInputException unknownIndex(String name, Object known) {
        return new InvalidRetrievalInputException("unknown index '" + name + "': expected one of " + known);
    }

    public static InvalidRetrievalInputException oversizedDocument(String documentId, int chars, int limit) {
        return new InvalidRetrievalInputException("document '" + documentId + "' is too large: " + chars
                + " characters, the limit is " + limit);
    }

    public static InvalidRetrievalInputException invalidK(int k, int max) {
        return new InvalidRetrievalInputException("k must be between 1 and " + max + ", was " + k);
    }
}
