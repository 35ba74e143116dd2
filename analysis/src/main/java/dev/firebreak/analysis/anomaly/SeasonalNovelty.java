package dev.firebreak.analysis.anomaly;

/**
 * How different the latest short shape is from the same stretch one period earlier (a day by
 * default): a daily pattern that skips its usual jump, or jumps at an unusual hour, differs from
 * yesterday even when the shape on its own looks ordinary. Bounded: one ring of values and
 * timestamps covering a little more than one period at the series' step.
 */
final class SeasonalNovelty {

    private final long periodMillis;
    private final int length;
    private final ValueRing values;
    private final ValueRing times;

    SeasonalNovelty(long periodMillis, int length, int capacity) {
        this.periodMillis = periodMillis;
        this.length = length;
        this.values = new ValueRing(capacity);
        this.times = new ValueRing(capacity);
    }

    /** Adds the point and returns the RMS distance to the same context one period ago, or NaN. */
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
        double d = 0;
        for (int k = 0; k < length; k++) {
            double diff = values.get(n - 1 - k) - values.get(lo - k);
            d += diff * diff;
        }
        return Math.sqrt(d / length);
    }

    int stateSize() {
        return values.capacity() + times.capacity() + 3;
    }
}
