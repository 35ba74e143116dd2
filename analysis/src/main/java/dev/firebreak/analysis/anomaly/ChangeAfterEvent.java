package dev.firebreak.analysis.anomaly;

import java.util.Arrays;

/**
 * Did a metric change after an event such as a deploy? Compares the points before and after
 * the event with rank tests, so outliers and skewed metrics (latencies) do not fool it: a
 * Mann-Whitney test on the values for a level shift, and one on the absolute deviations from
 * each side's median for a variance change.
 */
public final class ChangeAfterEvent {

    /** Significance level after the Bonferroni correction for the two tests. */
    public static final double ALPHA = 0.01;
    /** Smallest relative change reported as a shift; smaller ones are not worth an alert. */
    public static final double MIN_EFFECT = 0.05;
    private static final int MIN_POINTS = 5;

    private ChangeAfterEvent() {
    }

    /** Tests all points before the event against all points at or after it. */
    public static ShiftResult test(long[] ts, double[] values, long eventMillis) {
        return test(ts, values, eventMillis, Long.MAX_VALUE);
    }

    /**
     * Tests the points within {@code windowMillis} before the event against those within
     * {@code windowMillis} at or after it.
     */
    public static ShiftResult test(long[] ts, double[] values, long eventMillis, long windowMillis) {
        if (ts.length != values.length) {
            throw new IllegalArgumentException("ts and values differ in length");
        }
        double[] before = select(ts, values, eventMillis, windowMillis, true);
        double[] after = select(ts, values, eventMillis, windowMillis, false);
        double medianBefore = median(before);
        double medianAfter = median(after);
        if (before.length < MIN_POINTS || after.length < MIN_POINTS) {
            return new ShiftResult(false, "none", 0.0, 1.0, medianBefore, medianAfter);
        }
        double levelP = Math.min(1.0, 2 * MannWhitney.pValue(before, after));
        double levelChange = relative(medianBefore, medianAfter);
        double[] spreadBefore = absoluteDeviations(before, medianBefore);
        double[] spreadAfter = absoluteDeviations(after, medianAfter);
        double spreadP = Math.min(1.0, 2 * MannWhitney.pValue(spreadBefore, spreadAfter));
        double spreadChange = relative(median(spreadBefore), median(spreadAfter));

        boolean level = levelP < ALPHA && Math.abs(levelChange) >= MIN_EFFECT;
        boolean spread = spreadP < ALPHA && Math.abs(spreadChange) >= MIN_EFFECT;
        if (level && (!spread || levelP <= spreadP)) {
            return new ShiftResult(true, "level", levelChange, levelP, medianBefore, medianAfter);
        }
        if (spread) {
            return new ShiftResult(true, "variance", spreadChange, spreadP, medianBefore, medianAfter);
        }
        return new ShiftResult(false, "none", levelChange, Math.min(levelP, spreadP), medianBefore, medianAfter);
    }

    private static double[] select(long[] ts, double[] values, long event, long window, boolean before) {
        return java.util.stream.IntStream.range(0, ts.length)
                .filter(i -> before
                        ? ts[i] < event && event - ts[i] <= window
                        : ts[i] >= event && ts[i] - event < window)
                .filter(i -> !Double.isNaN(values[i]))
                .mapToDouble(i -> values[i]).toArray();
    }

    private static double[] absoluteDeviations(double[] values, double center) {
        return Arrays.stream(values).map(v -> Math.abs(v - center)).toArray();
    }

    // Relative to the before value; a zero baseline makes any change infinite.
    private static double relative(double before, double after) {
        if (before == 0) {
            return after == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, after);
        }
        return (after - before) / Math.abs(before);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
