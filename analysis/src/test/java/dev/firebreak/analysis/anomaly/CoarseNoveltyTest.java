package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoarseNoveltyTest {

    private static final int BLOCK = 16;
    private static final int LENGTH = 4;
    private static final int HISTORY_BLOCKS = 2500 / BLOCK;

    @Test
    void scoresOnlyWhenABlockCompletes() {
        CoarseNovelty coarse = new CoarseNovelty(BLOCK, LENGTH, HISTORY_BLOCKS);
        for (int i = 1; i <= 40 * BLOCK; i++) {
            double d = coarse.update(Math.sin(i / 10.0));
            if (i % BLOCK != 0 || i < 3 * LENGTH * BLOCK) {
                assertThat(d).isNaN();
            } else {
                assertThat(d).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    @Test
    void aSeasonalPatternWithoutAnomalyFindsCloseMatches() {
        double[] values = Series.seasonal(6 * Series.DAY, 0.5, 11);
        double worst = worstDistance(values, 2 * Series.DAY, values.length);
        // The daily swing is 40; yesterday's blocks match within the noise.
        assertThat(worst).isLessThan(2.0);
    }

    @Test
    void aLevelShiftIsFarFromEveryEarlierRun() {
        double[] values = Series.seasonal(6 * Series.DAY, 0.5, 12);
        int shift = 5 * Series.DAY;
        for (int i = shift; i < values.length; i++) {
            values[i] += 30;
        }
        double before = worstDistance(values, 2 * Series.DAY, shift);
        double after = worstDistance(values, shift, shift + 4 * BLOCK);
        assertThat(after).isGreaterThan(5 * before);
    }

    @Test
    void aSpikeWidensItsBlockSpread() {
        double[] values = noise(3000, 1.0, 13);
        values[2500] += 40;
        double before = worstDistance(values, 1000, 2496);
        double spike = worstDistance(values, 2496, 2520);
        assertThat(spike).isGreaterThan(3 * before);
    }

    @Test
    void aSteadySeriesThatStartsToOscillateIsNoticedThoughEveryValueIsInRange() {
        // Steady with rare blips to +-5, then a continuous +-2 oscillation: no value is new.
        double[] values = noise(3000, 0.1, 14);
        for (int i = 0; i < 2000; i += 97) {
            values[i] += (i % 2 == 0) ? 5 : -5;
        }
        for (int i = 2000; i < values.length; i++) {
            values[i] += (i % 2 == 0) ? 2 : -2;
        }
        double before = worstDistance(values, 1000, 2000);
        double after = worstDistance(values, 2000, 2100);
        assertThat(after).isGreaterThan(2 * before);
    }

    @Test
    void aSlowDriftBeyondAnythingSeenIsNoticedLateButClearly() {
        // A ramp of 0.02 per point: every 8-point shape is an ordinary near-flat stretch.
        double[] values = noise(4000, 0.5, 15);
        for (int i = 3000; i < values.length; i++) {
            values[i] += 0.02 * (i - 3000);
        }
        double before = worstDistance(values, 1000, 3000);
        double late = worstDistance(values, 3500, 4000);
        assertThat(late).isGreaterThan(3 * before);
    }

    @Test
    void memoryIsBoundedByTheHistoryNotTheStream() {
        CoarseNovelty coarse = new CoarseNovelty(BLOCK, LENGTH, HISTORY_BLOCKS);
        int size = coarse.stateSize();
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            coarse.update(random.nextGaussian());
        }
        assertThat(coarse.stateSize()).isEqualTo(size);
        assertThat(size).isLessThan(HISTORY_BLOCKS * 2 + 100);
    }

    private static double worstDistance(double[] values, int from, int to) {
        CoarseNovelty coarse = new CoarseNovelty(BLOCK, LENGTH, HISTORY_BLOCKS);
        double worst = 0;
        for (int i = 0; i < to; i++) {
            double d = coarse.update(values[i]);
            if (i >= from && !Double.isNaN(d)) {
                worst = Math.max(worst, d);
            }
        }
        return worst;
    }

    private static double[] noise(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 10 + sigma * random.nextGaussian();
        }
        return v;
    }
}
