package dev.firebreak.analysis.anomaly;

/**
 * Context novelty at a coarser time scale: the series is cut into blocks of {@code blockSize}
 * points, each summarised by its mean and its spread (max - min), and the latest run of
 * {@code length} blocks is compared with its nearest earlier run. A slow climb, or a steady
 * series that starts to oscillate, is made of short shapes seen before; the block summaries are
 * not. Searches once per completed block, so per point it costs about
 * {@code historyBlocks * length / blockSize} comparisons (about 40 at the defaults, against
 * thousands for the point-level search).
 */
final class CoarseNovelty {

    private final int blockSize;
    private final int length;
    private final ValueRing means;
    private final ValueRing spreads;
    private int inBlock;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    CoarseNovelty(int blockSize, int length, int historyBlocks) {
        this.blockSize = blockSize;
        this.length = length;
        this.means = new ValueRing(historyBlocks + 2 * length);
        this.spreads = new ValueRing(historyBlocks + 2 * length);
    }

    /**
     * Adds the value; when it completes a block, returns the RMS distance of the latest blocks to
     * their nearest earlier run (in the series' units), otherwise (or while too short) NaN.
     */
    double update(double value) {
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (++inBlock < blockSize) {
            return Double.NaN;
        }
        means.add(sum / blockSize);
        spreads.add(max - min);
        inBlock = 0;
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        int n = means.size();
        int lastStart = n - 3 * length;
        if (lastStart < 0) {
            return Double.NaN;
        }
        int currentStart = n - length;
        double best = Double.POSITIVE_INFINITY;
        for (int s = lastStart; s >= 0; s--) {
            double d = 0;
            for (int k = length - 1; k >= 0 && d < best; k--) {
                double dm = means.get(currentStart + k) - means.get(s + k);
                double ds = spreads.get(currentStart + k) - spreads.get(s + k);
                d += dm * dm + ds * ds;
            }
            best = Math.min(best, d);
        }
        return Math.sqrt(best / length);
    }

    int stateSize() {
        return means.capacity() + spreads.capacity() + 5;
    }
}
