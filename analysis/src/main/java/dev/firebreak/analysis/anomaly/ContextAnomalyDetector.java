package dev.firebreak.analysis.anomaly;

/**
 * The recommended detector. Every stage does constant work and keeps bounded memory per point:
 * <ol>
 *   <li>context novelty: distance of the latest short shape to its nearest earlier match,
 *       relative to the recent range (seasonality and recurring patterns match);</li>
 *   <li>seasonal novelty: distance of a longer stretch to the same stretch one period (a day)
 *       earlier, give or take a few points, so a daily pattern that skips its usual jump is
 *       noticed;</li>
 *   <li>coarse novelty: the same nearest-match search on summaries (mean, spread) of blocks of
 *       points, so slow changes made of ordinary short shapes are noticed
 *       ({@link CoarseNovelty});</li>
 *   <li>likelihood: each novelty is judged against the novelty this series normally shows
 *       ({@link NoveltyLikelihood}); context novelty that keeps coming back (three separate
 *       events within the history) is the series' habit and is damped ({@link RecurringNovelty});</li>
 *   <li>range novelty: a value clearly beyond the recent range is an alarm on its own (HTM's NAB
 *       detector adds the same "spatial" check); so is a drift that ends up well beyond the range
 *       held before it began ({@link ExcursionWatch}), and a flatline longer than any before;</li>
 *   <li>refractory period: after an alarm, scores are damped for a while unless they break
 *       clearly above the peak seen since, so one incident yields one alert, not a burst.</li>
 * </ol>
 */
final class ContextAnomalyDetector implements StreamingDetector {

    private static final double EXPLAIN_FROM = 0.3;
    // Points since the range last grew below which a new extreme is taken for drift, not novelty.
    private static final int DRIFT_MEMORY = 20;
    // Share of the last stable range a drift may add before it is an alarm: new extremes forgiven
    // as drift may widen the range by this much in all (0.07-0.15 measured the same on NAB).
    private static final double EXCURSION_MARGIN = 0.1;
    // Points without a new extreme after which the range counts as the level the series holds;
    // longer than DRIFT_MEMORY so that a noisy slide pausing briefly is still one excursion.
    private static final int STABLE_RANGE = 100;
    // Seasonal distances needed before they are judged (about half a day of 5-minute points).
    private static final int SEASONAL_WARMUP = 100;
    // Coarse distances needed before they are judged (blocks, about 500 points at 16 per block).
    private static final int COARSE_WARMUP = 30;
    // One coarse distance per block, so its normal level is learned per block: at 0.01 the
    // statistics span about 100 blocks (1,600 points), the same order as the point-level ones.
    private static final double COARSE_STATS_ALPHA = 0.01;
    // Context-novelty events within the history from which novelty counts as recurring. At 2 the
    // third of three incidents close together is damped (NAB's nyc_taxi loses two windows); 3 is
    // the smallest count that only removes false alarms, 4-5 remove fewer.
    private static final int NOVELTY_RECURRENCES = 3;
    private final DetectorSettings settings;
    private final ContextNovelty novelty;
    private final SeasonalNovelty seasonal;
    private final NoveltyLikelihood noveltyLikelihood;
    private final NoveltyLikelihood seasonalLikelihood;
    private final CoarseNovelty coarse;
    private final NoveltyLikelihood coarseLikelihood;
    private final RecentRange range;
    private final FlatlineWatch flatline;
    private final ExcursionWatch excursion = new ExcursionWatch(EXCURSION_MARGIN);
    private final DeviationExplainer explainer = new DeviationExplainer();
    private final RecurringNovelty recurringNovelty;
    private long seen;
    private long lastRangeGrowth;
    private long sinceAlarm = Long.MAX_VALUE / 2;
    private double quietPeak;

    ContextAnomalyDetector(DetectorSettings settings) {
        this.settings = settings;
        this.novelty = new ContextNovelty(settings.contextLength(), settings.historySize());
        this.seasonal = settings.seasonMillis() > 0
                ? new SeasonalNovelty(settings.seasonMillis(), settings.seasonContext(), settings.seasonJitter(),
                        settings.historySize())
                : null;
        this.noveltyLikelihood = new NoveltyLikelihood(settings.statsAlpha());
        this.seasonalLikelihood = new NoveltyLikelihood(settings.statsAlpha());
        this.coarse = settings.coarseBlock() > 0
                ? new CoarseNovelty(settings.coarseBlock(), settings.coarseLength(),
                        settings.historySize() / settings.coarseBlock())
                : null;
        this.coarseLikelihood = new NoveltyLikelihood(COARSE_STATS_ALPHA);
        this.range = new RecentRange(settings.historySize());
        this.flatline = new FlatlineWatch(settings.flatlineMinRun());
        // No new tunables: an event is what would start a quiet period (alarm level, separated by
        // a quiet period), "recently" is the history novelty is matched against, and the damping is
        // the quiet period's.
        this.recurringNovelty = new RecurringNovelty(NOVELTY_RECURRENCES, settings.historySize(),
                settings.quietPeriod(), settings.alarmLevel(), settings.quietFactor());
    }

    @Override
    public Score update(long epochMillis, double value) {
        seen++;
        boolean beyondRange = beyondRange(value);
        boolean driftedAway = excursion.update(value, range.min(), range.max(),
                seen - lastRangeGrowth >= STABLE_RANGE, rangeAlarmsArmed());
        if (value > range.max() || value < range.min()) {
            lastRangeGrowth = seen;
        }
        range.add(value);
        double width = range.max() - range.min();
        boolean flat = flatline.update(value);
        double distance = novelty.update(value);
        double seasonalDistance = seasonal == null ? Double.NaN : seasonal.update(epochMillis, value);
        double coarseDistance = coarse == null ? Double.NaN : coarse.update(value);
        Explanation explanation = explainer.update(value, novelty.neighbourValue());
        if (Double.isNaN(distance) || width <= 0) {
            return new Score(0.0, Feature.NONE, explanation.expectedLow(), explanation.expectedHigh());
        }
        boolean scoring = seen > settings.warmup();
        // Only context novelty is damped: it is the signal that fires on irregular recurring
        // spikes. Damping the fused score as well cost a window and damping range alarms too
        // turned them into a flood of sub-threshold scores (NAB 73.67 and 62.12).
        double score = recurringNovelty.update(noveltyLikelihood.scoreAndLearn(distance / width, scoring));
        if (!Double.isNaN(seasonalDistance)) {
            boolean seasonalScoring = scoring && seasonalLikelihood.count() > SEASONAL_WARMUP;
            score = Math.max(score, seasonalLikelihood.scoreAndLearn(seasonalDistance / width, seasonalScoring));
        }
        if (!Double.isNaN(coarseDistance)) {
            boolean coarseScoring = scoring && coarseLikelihood.count() > COARSE_WARMUP;
            score = Math.max(score, coarseLikelihood.scoreAndLearn(coarseDistance / width, coarseScoring));
        }
        if (beyondRange || driftedAway || (flat && scoring)) {
            score = 1.0;
        }
        score = refractory(score);
        // Low scores get no explanation: a kind attached to noise would only mislead.
        Feature feature = Feature.NONE;
        if (score >= EXPLAIN_FROM) {
            feature = flat ? Feature.VARIANCE_CHANGE : explanation.feature();
        }
        return new Score(score, feature, explanation.expectedLow(), explanation.expectedHigh());
    }

    // Tolerance as a share of the range: a new extreme by a hair is how ranges normally grow.
    // A range that kept growing recently is a drift or trend, where new extremes are expected.
    private boolean beyondRange(double value) {
        double tolerance = settings.spatialTolerance();
        double min = range.min();
        double max = range.max();
        if (!rangeAlarmsArmed() || !(max > min) || seen - lastRangeGrowth < DRIFT_MEMORY) {
            return false;
        }
        double margin = tolerance * (max - min);
        return value > max + margin || value < min - margin;
    }

    // The range must have been seen for a while before a value can be "beyond" it.
    private boolean rangeAlarmsArmed() {
        return settings.spatialTolerance() >= 0 && seen > 2L * settings.warmup();
    }

    // Within the quiet period only a score clearly above everything since the alarm passes: a
    // rising burst (0.6, 0.7, 0.8 ...) is one alert, a much stronger second event is another.
    private double refractory(double score) {
        sinceAlarm++;
        if (sinceAlarm < settings.quietPeriod() && score < quietPeak + settings.breakthrough()) {
            quietPeak = Math.max(quietPeak, score);
            return score * settings.quietFactor();
        }
        if (score >= settings.alarmLevel()) {
            sinceAlarm = 0;
            quietPeak = score;
        }
        return score;
    }

    @Override
    public int stateSize() {
        return novelty.stateSize() + (seasonal == null ? 0 : seasonal.stateSize())
                + (coarse == null ? 0 : coarse.stateSize()) + range.stateSize() + explainer.stateSize()
                + excursion.stateSize() + recurringNovelty.stateSize() + 28;
    }
}
