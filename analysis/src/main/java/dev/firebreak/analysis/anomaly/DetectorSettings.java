package dev.firebreak.analysis.anomaly;

/**
 * Tunables of the standard detector; {@link #defaults()} is one set for every series.
 *
 * @param contextLength points in the shape compared with the history
 * @param historySize how many earlier shapes are kept to compare with
 * @param shortWindow points averaged before judging novelty (smooths single noisy points)
 * @param statsAlpha adaptation rate of the "normal novelty" statistics
 * @param warmup points scored 0 while the detector learns
 * @param quietPeriod points after an alarm during which weaker alarms are damped
 * @param quietFactor damping factor applied in the quiet period
 * @param logNovelty judge the logarithm of the distance (scale-free) instead of distance/range
 * @param winsorise cap what an anomaly contributes to the normal statistics
 * @param spatialTolerance a value beyond the range seen so far by more than this share of the
 *     range is an alarm by itself (negative disables); checked after {@code 2 * warmup} points
 */
public record DetectorSettings(int contextLength, int historySize, int shortWindow, double statsAlpha, int warmup,
                               int quietPeriod, double quietFactor, boolean logNovelty, boolean winsorise,
                               double spatialTolerance) {

    /** Settings without the range check (the form before {@code spatialTolerance} existed). */
    public DetectorSettings(int contextLength, int historySize, int shortWindow, double statsAlpha, int warmup,
                            int quietPeriod, double quietFactor, boolean logNovelty, boolean winsorise) {
        this(contextLength, historySize, shortWindow, statsAlpha, warmup, quietPeriod, quietFactor, logNovelty,
                winsorise, -1.0);
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(8, 2500, 1, 0.002, 150, 250, 0.5, false, false, 0.02);
    }
}
