package dev.firebreak.analysis.anomaly;

/**
 * How different the latest short shape is from the same stretch one period earlier (a day by
 * default): a daily pattern that skips its usual jump, or jumps at an unusual hour, differs from
 * yesterday even when the shape on its own looks ordinary. Bounded: one ring of values and
 * timestamps covering a little more than one period at the series' step.
 *
 * <p>Yesterday's stretch may be taken up to {@code jitter} points earlier or later (the closest
 * one counts): a daily job that runs a few minutes late is not an incident, but compared at
 * exactly the same minute its spike is missing "now" and a new one appears minutes later, two
 * large distances for one ordinary day.
 */
final class SeasonalNovelty {

    private final long periodMillis;
    private final int length;
    private final int jitter;
    private final ValueRing values;
    private final ValueRing times;

    SeasonalNovelty(long periodMillis, int length, int jitter, int capacity) {
        this.periodMillis = periodMillis;
        this.length = length;
        this.jitter = jitter;
        this.values = new ValueRing(capacity);
        this.times = new ValueRing(capacity);
    }

    /**
     * Adds the point and returns the RMS distance to the closest context around the same time one
     * period ago, or NaN.
     */
    double update(long epochMillis, double value) {
        values.add(value);
        times.add(epochMillis);
        int n = times.size();
        if (n < 2 * length) {
            return Double.NaN;
        }
        long target = epochMillis - periodMillis;
        if (times.get(0) > target) {
            return Double.NaN;
        }
        // Binary search for the last point at or before the target time.
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (times.get(mid) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double step = times.get(n - 1) - times.get(n - 2);
        if (target - times.get(lo) > step || lo < length - 1) {
            return Double.NaN;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int shift = -jitter; shift <= jitter; shift++) {
            int end = lo + shift;
            // A candidate overlapping the current context (periods shorter than it) would match itself.
            if (end - length + 1 < 0 || end > n - 1 - length) {
                continue;
            }
            double d = 0;
            for (int k = 0; k < length && d < best; k++) {
                double diff = values.get(n - 1 - k) - values.get(end - k);
                d += diff * diff;
            }
            best = Math.min(best, d);
        }
        return Double.isInfinite(best) ? Double.NaN : Math.sqrt(best / length);
    }

    int stateSize() {
        return values.capacity() + times.capacity() + 3;
    }
}
