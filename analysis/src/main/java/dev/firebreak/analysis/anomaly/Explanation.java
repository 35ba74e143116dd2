package dev.firebreak.analysis.anomaly;

/** What a deviation looks like and the range that was expected instead. */
record Explanation(Feature feature, double expectedLow, double expectedHigh) {
}
