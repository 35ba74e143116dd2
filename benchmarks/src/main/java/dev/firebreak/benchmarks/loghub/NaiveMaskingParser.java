package dev.firebreak.benchmarks.loghub;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Throughput baseline: masks every whitespace token holding a digit with a regex and groups
 * messages by the masked text. No similarity search, no merging.
 */
public final class NaiveMaskingParser {

    private static final Pattern VARIABLE = Pattern.compile("\\S*\\d\\S*");
    private final Map<String, Integer> ids = new HashMap<>();

    public int add(String message) {
        String template = VARIABLE.matcher(message).replaceAll("<*>");
        return ids.computeIfAbsent(template, k -> ids.size() + 1);
    }
}
