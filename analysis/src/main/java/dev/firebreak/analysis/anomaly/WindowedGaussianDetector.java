package dev.firebreak.analysis.anomaly;

/**
 * Baseline: how far the value lies from the mean of a long sliding window, in standard
 * deviations. Mirrors NAB's "windowedGaussian" detector (window 6400, refreshed every 100
 * points) so that benchmark figures are comparable to the published ones.
 */
public final class WindowedGaussianDetector implements StreamingDetector {

    private final double[] window;
    private final int stepSize;
    private int size;
    private int head;
    private int pendingSteps;
    private double mean;
    private double std = 1e-6;

    public WindowedGaussianDetector(int windowSize, int stepSize) {
        if (windowSize < 2 || stepSize < 1 || stepSize > windowSize) {
            throw new IllegalArgumentException("need windowSize >= 2 and 1 <= stepSize <= windowSize");
        }
        this.window = new double[windowSize];
        this.stepSize = stepSize;
    }

    @Override
    public Score update(long epochMillis, double value) {
        double score = 0.0;
        if (size > 0) {
            score = 1.0 - 0.5 * Gaussian.erfc(Math.abs(value - mean) / std / Math.sqrt(2.0));
        }
        Feature feature = score >= 0.5 && Math.abs(value - mean) > 3 * std ? Feature.SPIKE : Feature.NONE;
        Score result = new Score(Math.min(1.0, Math.max(0.0, score)), feature, mean - 3 * std, mean + 3 * std);
        add(value);
        return result;
    }

    private void add(double value) {
        if (size < window.length) {
            window[(head + size) % window.length] = value;
            size++;
            refresh();
            return;
        }
        // Like NAB, the full window only moves in steps, so statistics change every stepSize points.
        window[head] = value;
        head = (head + 1) % window.length;
        if (++pendingSteps == stepSize) {
            pendingSteps = 0;
            refresh();
        }
    }

    // Two passes over the window: running sums of squares lose precision on large values (bytes).
    private void refresh() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += window[i];
        }
        mean = sum / size;
        double squares = 0;
        for (int i = 0; i < size; i++) {
            double d = window[i] - mean;
            squares += d * d;
        }
        std = Math.sqrt(squares / size);
        if (std == 0.0) {
            std = 1e-6;
        }
    }

    @Override
    public int stateSize() {
        return window.length + 8;
    }
}
