package dev.firebreak.analysis.anomaly;

/**
 * Tunables of the standard detector; {@link #defaults()} is one set for every series (NAB's rule:
 * never per series or per category).
 *
 * @param contextLength points in the shape compared with the history
 * @param historySize how many earlier points are kept: shapes are matched against them and the
 *     range that scales distances and range alarms is taken over them
 * @param statsAlpha adaptation rate of the "normal novelty" statistics
 * @param warmup points scored 0 while the detector learns
 * @param spatialTolerance a value beyond the recent range by more than this share of the range is
 *     an alarm by itself (negative disables); checked after {@code 2 * warmup} points
 * @param quietPeriod points after an alarm during which scores are damped (refractory period)
 * @param quietFactor damping factor applied in the quiet period
 * @param alarmLevel a score from which the quiet period starts
 * @param breakthrough how far a score must rise above the quiet period's peak to pass undamped
 * @param seasonMillis period of the seasonal comparison (a day); 0 disables it
 * @param seasonContext points compared with the same stretch one period earlier
 * @param flatlineMinRun shortest run of identical values that can count as a flatline alarm;
 *     a run alarms once it outlasts every earlier run of the series (0 disables)
 * @param seasonJitter points by which the stretch one period earlier may be shifted to match (a
 *     daily job running a little late is not novel)
 * @param coarseBlock points per block of the coarse-scale novelty (0 disables it)
 * @param coarseLength blocks in the coarse-scale context
 */
public record DetectorSettings(int contextLength, int historySize, double statsAlpha, int warmup,
                               double spatialTolerance, int quietPeriod, double quietFactor, double alarmLevel,
                               double breakthrough, long seasonMillis, int seasonContext, int flatlineMinRun,
                               int seasonJitter, int coarseBlock, int coarseLength) {

    public DetectorSettings {
        if (contextLength < 1 || historySize < 3 * contextLength) {
            throw new IllegalArgumentException("historySize must be at least 3 * contextLength (>= 1)");
        }
        if (!(statsAlpha > 0 && statsAlpha < 1)) {
            throw new IllegalArgumentException("statsAlpha must be in (0,1): " + statsAlpha);
        }
        if (!(quietFactor >= 0 && quietFactor <= 1)) {
            throw new IllegalArgumentException("quietFactor must be in [0,1]: " + quietFactor);
        }
        if (seasonMillis < 0 || seasonContext < 1) {
            throw new IllegalArgumentException("seasonMillis must be >= 0 and seasonContext >= 1");
        }
        if (seasonJitter < 0 || coarseBlock < 0 || coarseLength < 1) {
            throw new IllegalArgumentException("seasonJitter and coarseBlock must be >= 0, coarseLength >= 1");
        }
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(8, 2500, 0.002, 150, 0.02, 100, 0.5, 0.5, 0.3, 86_400_000L, 32, 10, 6, 16, 4);
    }
}
