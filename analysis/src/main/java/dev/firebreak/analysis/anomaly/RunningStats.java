package dev.firebreak.analysis.anomaly;

/** Exponentially weighted mean and variance: constant memory, adapts at rate {@code alpha}. */
final class RunningStats {

    private final double alpha;
    private double mean;
    private double variance;
    private long count;

    RunningStats(double alpha) {
        this.alpha = alpha;
    }

    void add(double value) {
        count++;
        // Plain averaging until the weights settle, so early estimates are not biased to 0.
        double a = Math.max(alpha, 1.0 / count);
        double delta = value - mean;
        mean += a * delta;
        variance = (1 - a) * (variance + a * delta * delta);
    }

    double mean() {
        return mean;
    }

    double std() {
        return Math.sqrt(variance);
    }

    long count() {
        return count;
    }
}
