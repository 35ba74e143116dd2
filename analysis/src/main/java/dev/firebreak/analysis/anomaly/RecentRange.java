package dev.firebreak.analysis.anomaly;

/**
 * Minimum and maximum of the last {@code capacity} values. Rescans only when the value leaving
 * the window was an extreme, so the cost is constant on average and the memory is bounded; an
 * old outage or spike stops widening the range once it is out of the window.
 */
final class RecentRange {

    private final ValueRing values;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    RecentRange(int capacity) {
        this.values = new ValueRing(capacity);
    }

    void add(double value) {
        boolean full = values.size() == values.capacity();
        double leaving = full ? values.get(0) : Double.NaN;
        values.add(value);
        if (full && (leaving <= min || leaving >= max)) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < values.size(); i++) {
                min = Math.min(min, values.get(i));
                max = Math.max(max, values.get(i));
            }
        } else {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    int stateSize() {
        return values.capacity() + 2;
    }
}
