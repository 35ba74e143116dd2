package dev.firebreak.analysis.anomaly;

/**
 * Outcome of {@link ChangeAfterEvent#test}.
 *
 * @param shifted true when the series changed significantly after the event
 * @param kind {@code "level"}, {@code "variance"} or {@code "none"}
 * @param relativeChange effect size of that kind: relative change of the median (level) or of
 *     the median absolute deviation (variance), e.g. 0.48 for +48%
 * @param pValue two-sided p-value of the rank test behind the verdict (Bonferroni-corrected
 *     for testing both level and variance)
 * @param before median before the event
 * @param after median after the event
 */
public record ShiftResult(boolean shifted, String kind, double relativeChange, double pValue, double before,
                          double after) {

    /** 1 - p-value. */
    public double confidence() {
        return 1.0 - pValue;
    }
}
