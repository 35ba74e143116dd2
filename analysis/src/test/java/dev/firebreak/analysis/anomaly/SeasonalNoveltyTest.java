package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeasonalNoveltyTest {

    private static final long DAY_MILLIS = Series.DAY * Series.STEP;
    private static final int CONTEXT = 32;

    @Test
    void aDailySpikeAFewMinutesLateIsCloseToYesterdayWithJitter() {
        double[] values = dailySpikes(4, 3);
        double exact = worstDistance(values, 0, 3 * Series.DAY, values.length);
        double tolerant = worstDistance(values, 6, 3 * Series.DAY, values.length);
        assertThat(exact).isGreaterThan(5.0);
        assertThat(tolerant).isLessThan(0.01);
    }

    @Test
    void aSkippedDailySpikeStillDiffersFromYesterday() {
        double[] values = dailySpikes(4, 0);
        int skipped = 3 * Series.DAY + 100;
        values[skipped] = 0;
        double distance = worstDistance(values, 6, skipped, skipped + CONTEXT);
        assertThat(distance).isGreaterThan(5.0);
    }

    @Test
    void aSeasonalPatternWithoutAnomalyStaysCloseToYesterday() {
        double[] values = Series.seasonal(4 * Series.DAY, 0.5, 21);
        assertThat(worstDistance(values, 6, 2 * Series.DAY, values.length)).isLessThan(1.5);
    }

    @Test
    void memoryIsBoundedByTheCapacity() {
        SeasonalNovelty seasonal = new SeasonalNovelty(DAY_MILLIS, CONTEXT, 6, 2500);
        int size = seasonal.stateSize();
        for (int i = 0; i < 50_000; i++) {
            seasonal.update(i * Series.STEP, i % 7);
        }
        assertThat(seasonal.stateSize()).isEqualTo(size);
    }

    // A spike of 100 once a day at point 100, on every other day `lateBy` points late (a job
    // whose start time wobbles).
    private static double[] dailySpikes(int days, int lateBy) {
        double[] values = new double[days * Series.DAY];
        for (int day = 0; day < days; day++) {
            int at = day * Series.DAY + 100 + (day % 2) * lateBy;
            values[at] = 100;
        }
        return values;
    }

    private static double worstDistance(double[] values, int jitter, int from, int to) {
        SeasonalNovelty seasonal = new SeasonalNovelty(DAY_MILLIS, CONTEXT, jitter, 2500);
        double worst = 0;
        for (int i = 0; i < to; i++) {
            double d = seasonal.update(i * Series.STEP, values[i]);
            if (i >= from && !Double.isNaN(d)) {
                worst = Math.max(worst, d);
            }
        }
        return worst;
    }
}
