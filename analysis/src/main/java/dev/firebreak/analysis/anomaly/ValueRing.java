package dev.firebreak.analysis.anomaly;

/** Fixed-capacity ring of the most recent values; index 0 is the oldest kept. */
final class ValueRing {

    private final double[] values;
    private int start;
    private int size;

    ValueRing(int capacity) {
        this.values = new double[capacity];
    }

    void add(double value) {
        if (size < values.length) {
            values[(start + size++) % values.length] = value;
        } else {
            values[start] = value;
            start = (start + 1) % values.length;
        }
    }

    /** The i-th oldest value kept. */
    double get(int i) {
        int index = start + i;
        return values[index >= values.length ? index - values.length : index];
    }

    /** The value {@code back} steps before the newest (0 = newest). */
    double recent(int back) {
        return get(size - 1 - back);
    }

    int size() {
        return size;
    }

    int capacity() {
        return values.length;
    }
}
