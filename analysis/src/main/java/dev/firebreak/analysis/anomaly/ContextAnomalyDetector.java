package dev.firebreak.analysis.anomaly;

/**
 * The recommended detector. Three stages, each with constant work and memory per point:
 * <ol>
 *   <li>context novelty: distance of the latest short shape to its nearest earlier match,
 *       relative to the range of values seen (seasonality and recurring patterns match);</li>
 *   <li>likelihood: how unusual the recent novelty is compared with the novelty this series
 *       normally shows, in the spirit of HTM's anomaly likelihood (noisy series are not
 *       punished for being noisy);</li>
 *   <li>range novelty: a value clearly beyond everything seen so far is an alarm on its own,
 *       whatever the shape statistics say (HTM's NAB detector adds the same "spatial" check);</li>
 *   <li>debounce: once an alarm fired, similar scores are damped for a while so one incident
 *       yields one alert rather than a burst.</li>
 * </ol>
 */
final class ContextAnomalyDetector implements StreamingDetector {

    private static final double EXPLAIN_FROM = 0.3;
    // Points since the range last grew below which a new extreme is taken for drift, not novelty.
    private static final int DRIFT_MEMORY = 20;
    private final DetectorSettings settings;
    private final ContextNovelty novelty;
    private final ValueRing recentNovelty;
    private final RunningStats noveltyStats;
    private final DeviationExplainer explainer = new DeviationExplainer();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long seen;
    private long lastRangeGrowth;
    private long sinceAlarm = Long.MAX_VALUE / 2;
    private double lastAlarm;

    ContextAnomalyDetector(DetectorSettings settings) {
        this.settings = settings;
        this.novelty = new ContextNovelty(settings.contextLength(), settings.historySize());
        this.recentNovelty = new ValueRing(settings.shortWindow());
        this.noveltyStats = new RunningStats(settings.statsAlpha());
    }

    @Override
    public Score update(long epochMillis, double value) {
        seen++;
        boolean beyondRange = beyondRange(value);
        if (value > max || value < min) {
            lastRangeGrowth = seen;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        double range = max - min;
        double distance = novelty.update(value);
        Explanation explanation = explainer.update(value, novelty.neighbourValue());
        if (Double.isNaN(distance) || range <= 0) {
            return new Score(0.0, Feature.NONE, explanation.expectedLow(), explanation.expectedHigh());
        }
        // Log distance is scale-free and its spread is comparable across quiet and noisy series.
        recentNovelty.add(settings.logNovelty() ? Math.log(distance + 1e-3 * range) : distance / range);
        double shortAverage = 0;
        for (int i = 0; i < recentNovelty.size(); i++) {
            shortAverage += recentNovelty.get(i);
        }
        shortAverage /= recentNovelty.size();

        double score = 0.0;
        double std = Math.max(noveltyStats.std(), 1e-3);
        if (seen > settings.warmup()) {
            score = logScaled(Gaussian.log10UpperTail((shortAverage - noveltyStats.mean()) / std));
        }
        // Winsorised so an anomaly does not teach the detector that anomalies are normal.
        double cap = noveltyStats.mean() + 3 * std;
        boolean winsorise = settings.winsorise() && noveltyStats.count() > settings.warmup() / 2;
        noveltyStats.add(winsorise ? Math.min(shortAverage, cap) : shortAverage);
        if (beyondRange) {
            score = 1.0;
        }
        score = debounce(score);
        // Low scores get no explanation: a kind attached to noise would only mislead.
        Feature feature = score >= EXPLAIN_FROM ? explanation.feature() : Feature.NONE;
        return new Score(score, feature, explanation.expectedLow(), explanation.expectedHigh());
    }

    // Tolerance as a share of the range: a new extreme by a hair is how ranges normally grow.
    // A range that kept growing recently is a drift or trend, where new extremes are expected.
    private boolean beyondRange(double value) {
        double tolerance = settings.spatialTolerance();
        if (tolerance < 0 || seen <= 2L * settings.warmup() || !(max > min)
                || seen - lastRangeGrowth < DRIFT_MEMORY) {
            return false;
        }
        double margin = tolerance * (max - min);
        return value > max + margin || value < min - margin;
    }

    /**
     * HTM's log scale: 0.5 corresponds to a likelihood of 0.99999, 1.0 to 0.9999999999. Taken
     * from the log of the tail directly, so the extremes keep their order instead of tying.
     */
    private static double logScaled(double log10Tail) {
        return Math.max(0.0, Math.min(1.0, -log10Tail / 10.0));
    }

    private double debounce(double score) {
        sinceAlarm++;
        if (sinceAlarm < settings.quietPeriod() && score <= lastAlarm) {
            return score * settings.quietFactor();
        }
        if (score >= 0.5) {
            sinceAlarm = 0;
            lastAlarm = score;
        }
        return score;
    }

    @Override
    public int stateSize() {
        return novelty.stateSize() + recentNovelty.capacity() + explainer.stateSize() + 16;
    }
}
