package dev.firebreak.analysis.anomaly;

/**
 * Names the kind of deviation by comparing fast and slow running statistics: spike (the
 * point is far but the recent level is not), level shift (the recent level moved), variance
 * change (the recent spread moved) or trend change (the recent slope moved).
 */
final class DeviationExplainer {

    private final RunningStats slow = new RunningStats(0.01);
    private final RunningStats fast = new RunningStats(0.2);
    private final RunningStats slowSlope = new RunningStats(0.01);
    private final RunningStats fastSlope = new RunningStats(0.1);
    private double previous = Double.NaN;

    Explanation update(double value) {
        double low = slow.mean() - 3 * slow.std();
        double high = slow.mean() + 3 * slow.std();
        Feature feature = classify(value);
        if (!Double.isNaN(previous)) {
            double slope = value - previous;
            slowSlope.add(slope);
            fastSlope.add(slope);
        }
        previous = value;
        slow.add(value);
        fast.add(value);
        if (slow.count() < 2) {
            return new Explanation(Feature.NONE, value, value);
        }
        return new Explanation(feature, low, high);
    }

    private Feature classify(double value) {
        if (slow.count() < 10) {
            return Feature.NONE;
        }
        double std = Math.max(slow.std(), 1e-9 + 1e-6 * Math.abs(slow.mean()));
        double pointDeviation = Math.abs(value - slow.mean()) / std;
        double levelDeviation = Math.abs(fast.mean() - slow.mean()) / std;
        double spreadRatio = fast.std() / std;
        double slopeDeviation = Math.abs(fastSlope.mean() - slowSlope.mean()) / Math.max(slowSlope.std(), 1e-9);
        if (levelDeviation > 2.0) {
            return Feature.LEVEL_SHIFT;
        }
        if (pointDeviation > 3.0) {
            return Feature.SPIKE;
        }
        if (spreadRatio > 2.0 || spreadRatio < 0.33) {
            return Feature.VARIANCE_CHANGE;
        }
        if (slopeDeviation > 1.0) {
            return Feature.TREND_CHANGE;
        }
        return Feature.NEW_PATTERN;
    }

    int stateSize() {
        return 4 * 3 + 1;
    }
}
