package dev.firebreak.benchmarks.loghub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The two standard log-parsing metrics, as computed by logpai's evaluators. */
final class ParsingAccuracy {

    private ParsingAccuracy() {
    }

    /**
     * Grouping accuracy: share of lines whose parsed group holds exactly the lines of their
     * ground-truth group.
     */
    static double grouping(String[] parsed, String[] truth) {
        Map<String, Integer> truthSizes = counts(truth);
        Map<String, List<Integer>> parsedGroups = new HashMap<>();
        for (int i = 0; i < parsed.length; i++) {
            parsedGroups.computeIfAbsent(parsed[i], k -> new java.util.ArrayList<>()).add(i);
        }
        long correct = 0;
        for (List<Integer> lines : parsedGroups.values()) {
            String first = truth[lines.get(0)];
            boolean single = lines.stream().allMatch(i -> truth[i].equals(first));
            if (single && truthSizes.get(first) == lines.size()) {
                correct += lines.size();
            }
        }
        return (double) correct / truth.length;
    }

    /** Parsing accuracy: share of lines whose template is exactly the ground-truth template. */
    static double template(String[] parsed, String[] truth) {
        long correct = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i].equals(truth[i])) {
                correct++;
            }
        }
        return (double) correct / truth.length;
    }

    private static Map<String, Integer> counts(String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }
}
