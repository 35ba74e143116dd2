package dev.firebreak.analysis.anomaly;

/**
 * How unusual a novelty value is for this series, in the spirit of HTM's anomaly likelihood: the
 * Gaussian upper tail of the value against the running mean and spread of the series' own
 * novelty, on HTM's log scale (0.5 ~ a tail of 1e-5, 1.0 ~ 1e-10). Noisy series are not punished
 * for being noisy.
 */
final class NoveltyLikelihood {

    private final RunningStats stats;

    NoveltyLikelihood(double alpha) {
        this.stats = new RunningStats(alpha);
    }

    /** Score of {@code x} against what was learned so far; then {@code x} is learned. */
    double scoreAndLearn(double x, boolean scoring) {
        double score = 0.0;
        if (scoring) {
            double std = Math.max(stats.std(), 1e-3);
            score = logScaled(Gaussian.log10UpperTail((x - stats.mean()) / std));
        }
        stats.add(x);
        return score;
    }

    long count() {
        return stats.count();
    }

    /** Taken from the log of the tail directly, so the extremes keep their order instead of tying. */
    private static double logScaled(double log10Tail) {
        return Math.max(0.0, Math.min(1.0, -log10Tail / 10.0));
    }
}
