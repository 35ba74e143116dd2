package dev.firebreak.analysis.anomaly;

/**
 * Notices a drift that carries the series well beyond the range it held before the drift began.
 * The range alarm forgives new extremes while the range keeps growing (a trend, a warming
 * machine, a counter), because each one is only a hair beyond the last; forgiven one by one, a
 * slide can go arbitrarily far without a single alarm. This remembers the range as it stood the
 * last time it was stable and alarms once per excursion, when the value has left that range by
 * more than {@code margin} of its width. Constant time and memory.
 */
final class ExcursionWatch {

    private final double margin;
    private double stableMin = Double.NaN;
    private double stableMax = Double.NaN;
    private boolean alarmed;

    ExcursionWatch(double margin) {
        this.margin = margin;
    }

    /**
     * Takes the value with the recent range as it was before it ({@code min}, {@code max}) and
     * whether that range has been stable for a while; true exactly when this value is the first
     * of the current excursion to leave the last stable range by more than the margin. While
     * {@code armed} is false the stable range is still learned, but nothing alarms.
     */
    boolean update(double value, double min, double max, boolean rangeStable, boolean armed) {
        if (rangeStable && max > min) {
            stableMin = min;
            stableMax = max;
            alarmed = false;
        }
        if (alarmed || !armed || !(stableMax > stableMin)) {
            return false;
        }
        double allowance = margin * (stableMax - stableMin);
        alarmed = value > stableMax + allowance || value < stableMin - allowance;
        return alarmed;
    }

    int stateSize() {
        return 3;
    }
}
