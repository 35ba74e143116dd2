package dev.firebreak.analysis.anomaly;

/**
 * Names the kind of deviation from the residual between the value and what the nearest
 * earlier context had at that position (so seasonality is already accounted for): spike (this
 * residual is large, the previous ones were not), level shift (residuals stayed off in the
 * same direction), variance change (residuals spread wider or narrower) or trend change
 * (residuals drift steadily).
 */
final class DeviationExplainer {

    private static final double SPAN = 4.0;
    private final RunningStats slowValues = new RunningStats(0.01);
    private final RunningStats residualScale = new RunningStats(0.01);
    private final RunningStats recentResidual = new RunningStats(0.3);
    private final RunningStats recentSpread = new RunningStats(0.1);
    private final RunningStats recentDrift = new RunningStats(0.05);
    private double previousResidual;

    /**
     * @param value the observed value
     * @param expected the value the nearest earlier context predicts here, or NaN if unknown
     */
    Explanation update(double value, double expected) {
        if (Double.isNaN(expected)) {
            expected = slowValues.count() == 0 ? value : slowValues.mean();
        }
        slowValues.add(value);
        double scale = Math.max(residualScale.mean(), 1e-9 + 1e-6 * Math.abs(expected));
        double residual = value - expected;
        Feature feature = residualScale.count() < 10 ? Feature.NONE : classify(residual, scale);
        Explanation explanation = new Explanation(feature, expected - SPAN * scale, expected + SPAN * scale);
        double magnitude = Math.abs(residual);
        // Winsorised: a burst of anomalies should not widen the expected range at once.
        residualScale.add(residualScale.count() < 10 ? magnitude : Math.min(magnitude, 3 * scale));
        recentResidual.add(residual);
        recentSpread.add(magnitude);
        recentDrift.add(residual - previousResidual);
        previousResidual = residual;
        return explanation;
    }

    private Feature classify(double residual, double scale) {
        double sustained = recentResidual.mean();
        if (Math.abs(sustained) > 2 * scale && Math.signum(sustained) == Math.signum(residual)) {
            return Feature.LEVEL_SHIFT;
        }
        if (Math.abs(residual) > SPAN * scale) {
            return Feature.SPIKE;
        }
        double spreadRatio = recentSpread.mean() / scale;
        if (spreadRatio > 2.0 || spreadRatio < 0.3) {
            return Feature.VARIANCE_CHANGE;
        }
        if (Math.abs(recentDrift.mean()) > 0.5 * scale) {
            return Feature.TREND_CHANGE;
        }
        return Feature.NEW_PATTERN;
    }

    int stateSize() {
        return 5 * 3 + 1;
    }
}
