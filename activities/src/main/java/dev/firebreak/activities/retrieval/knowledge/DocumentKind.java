package dev.firebreak.activities.retrieval.knowledge;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import java.util.Arrays;
import java.util.Locale;

/** What a knowledge document is; its {@link #indexName()} is the folder and the name callers select it by. */
public enum DocumentKind {
    POSTMORTEM("postmortems"),
    RUNBOOK("runbooks");

    private final String indexName;

    DocumentKind(String indexName) {
        this.indexName = indexName;
    }

    public String indexName() {
        return indexName;
    }

    /** @throws InvalidRetrievalInputException for a name that is neither {@code postmortems} nor {@code runbooks} */
    public static DocumentKind fromIndexName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.indexName.equals(wanted) || kind.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> InvalidRetrievalInputException.unknownIndex(name,
                        Arrays.stream(values()).map(DocumentKind::indexName).toList()));
    }
}
