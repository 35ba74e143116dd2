package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.knowledge.KnowledgeChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Writes the one-line "why" of a hit from facts a responder can check: a shared service, the same
 * root-cause kind, the error pattern found in the section, or the query words the section contains
 * (compared by English stem, shown as the responder typed them).
 */
final class WhyExplainer {

    private static final int MAX_TERMS = 4;

    private final Analyzer analyzer = new EnglishAnalyzer();

    String explain(IncidentQuery query, KnowledgeChunk chunk) {
        List<String> reasons = new ArrayList<>();
        List<String> shared = sharedServices(query, chunk);
        if (!shared.isEmpty()) {
            reasons.add((shared.size() == 1 ? "shared service " : "shared services ") + String.join(", ", shared));
        }
        if (query.rootCauseKindHint() != null && query.rootCauseKindHint().equalsIgnoreCase(chunk.rootCauseKind())) {
            reasons.add("same root-cause kind (" + chunk.rootCauseKind() + ")");
        }
        String haystack = chunk.title() + "\n" + chunk.section() + "\n" + chunk.text();
        if (query.errorPattern() != null && !query.errorPattern().isBlank()
                && haystack.toLowerCase(Locale.ROOT).contains(query.errorPattern().trim().toLowerCase(Locale.ROOT))) {
            reasons.add("matching error pattern \"" + query.errorPattern().trim() + "\"");
        } else {
            List<String> terms = matchingTerms(query.text(), haystack + "\n" + String.join(" ", chunk.tags()));
            if (!terms.isEmpty()) {
                reasons.add("matching terms: " + String.join(", ", terms));
            }
        }
        return reasons.isEmpty() ? "similar wording (semantic match)" : String.join("; ", reasons);
    }

    private static List<String> sharedServices(IncidentQuery query, KnowledgeChunk chunk) {
        Set<String> wanted = new HashSet<>();
        query.services().forEach(s -> wanted.add(s.toLowerCase(Locale.ROOT)));
        if (query.serviceFilter() != null) {
            wanted.add(query.serviceFilter().toLowerCase(Locale.ROOT));
        }
        return chunk.services().stream().filter(s -> wanted.contains(s.toLowerCase(Locale.ROOT))).toList();
    }

    private List<String> matchingTerms(String queryText, String text) {
        Set<String> textStems = stems(text).keySet();
        List<String> matches = new ArrayList<>();
        for (Map.Entry<String, String> queryStem : stems(queryText).entrySet()) {
            if (textStems.contains(queryStem.getKey()) && queryStem.getKey().length() > 2) {
                matches.add(queryStem.getValue());
                if (matches.size() == MAX_TERMS) {
                    break;
                }
            }
        }
        return matches;
    }

    /** Stem to the first original word that produced it, in text order. */
    private Map<String, String> stems(String text) {
        Map<String, String> stems = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return stems;
    }
}
