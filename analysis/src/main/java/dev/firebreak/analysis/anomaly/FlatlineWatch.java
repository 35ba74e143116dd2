package dev.firebreak.analysis.anomaly;

/**
 * Notices a series that went flat for longer than it ever did before: a counter that stopped,
 * a host that stopped reporting real values. Alarms once per run, at the point the current run
 * of identical values outlasts every earlier run (and is at least {@code minRun} long); a
 * series flat from the start has no earlier run and never alarms.
 */
final class FlatlineWatch {

    private final int minRun;
    private double last = Double.NaN;
    private long run;
    private long longestEarlierRun;

    FlatlineWatch(int minRun) {
        this.minRun = minRun;
    }

    /** True exactly when this value makes the current run the longest one seen. */
    boolean update(double value) {
        if (minRun <= 0) {
            return false;
        }
        if (value == last) {
            run++;
        } else {
            longestEarlierRun = Math.max(longestEarlierRun, run);
            run = 1;
        }
        last = value;
        return longestEarlierRun > 0 && run == Math.max(minRun, longestEarlierRun + 1);
    }
}
