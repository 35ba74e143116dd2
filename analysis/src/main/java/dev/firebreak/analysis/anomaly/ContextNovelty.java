package dev.firebreak.analysis.anomaly;

/**
 * How new the latest short shape of the series is: the distance from the last {@code length}
 * points to the most similar earlier stretch in a bounded history. Seasonal and recurring
 * patterns find a close match and stay quiet; spikes, level shifts and new shapes do not.
 */
final class ContextNovelty {

    private final int length;
    private final ValueRing history;
    private double lastPrediction = Double.NaN;

    ContextNovelty(int length, int historySize) {
        this.length = length;
        this.history = new ValueRing(historySize + 2 * length);
    }

    /**
     * Adds the value and returns the RMS distance of the newest context to its nearest earlier
     * neighbour, or NaN while the history is too short to compare.
     */
    double update(double value) {
        history.add(value);
        int n = history.size();
        // Candidates must end at least `length` points before the newest: overlapping stretches
        // would match themselves on smooth series.
        int lastStart = n - 3 * length;
        if (lastStart < 0) {
            lastPrediction = Double.NaN;
            return Double.NaN;
        }
        int currentStart = n - length;
        double best = Double.POSITIVE_INFINITY;
        int bestStart = -1;
        for (int s = lastStart; s >= 0; s--) {
            double d = 0;
            // Newest point first: it is the one most likely to differ, which abandons early.
            for (int k = length - 1; k >= 0 && d < best; k--) {
                double diff = history.get(currentStart + k) - history.get(s + k);
                d += diff * diff;
            }
            if (d < best) {
                best = d;
                bestStart = s;
            }
        }
        lastPrediction = history.get(bestStart + length - 1);
        return Math.sqrt(best / length);
    }

    /** The value the nearest earlier context had at the newest position (NaN when none). */
    double neighbourValue() {
        return lastPrediction;
    }

    int stateSize() {
        return history.capacity() + 4;
    }
}
