package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExcursionWatchTest {

    private static final int HISTORY = 2500;
    private static final int STABLE_AFTER = 100;
    private static final double MARGIN = 0.1;
    // A young range is exceeded by ordinary noise and by the second cycle of a pattern (the range
    // alarm reports those too); these tests are about a range that has seen the series.
    private static final int ARMED_AFTER = 1000;

    @Test
    void aSlowSlideFarBelowTheStableRangeAlarmsOnce() {
        // Noise within [7, 13], then a slide of 0.05 per point: every value is a hair below the
        // last minimum, so the range alarm forgives each one as drift.
        double[] values = noise(3000, 1.0, 21);
        for (int i = 2000; i < values.length; i++) {
            values[i] -= 0.05 * (i - 2000);
        }
        List<Integer> alarms = alarms(values, ARMED_AFTER);
        assertThat(alarms).hasSize(1);
        double stableMin = min(values, 0, 2000);
        double stableWidth = max(values, 0, 2000) - stableMin;
        int at = alarms.get(0);
        assertThat(values[at]).isLessThan(stableMin - MARGIN * stableWidth);
        assertThat(values[at - 1]).isGreaterThanOrEqualTo(stableMin - MARGIN * stableWidth);
    }

    @Test
    void aSeasonalPatternWithoutAnomalyNeverAlarms() {
        assertThat(alarms(Series.seasonal(8 * Series.DAY, 1.0, 22), ARMED_AFTER)).isEmpty();
    }

    @Test
    void aTrendThatWidensTheRangeLittleEachCycleNeverAlarms() {
        // Each daily peak is ~3 above the last on a swing of ~40: the range grows in steps smaller
        // than the margin and is stable in between.
        double[] values = Series.seasonal(8 * Series.DAY, 1.0, 23);
        for (int i = 0; i < values.length; i++) {
            values[i] += 0.01 * i;
        }
        assertThat(alarms(values, ARMED_AFTER)).isEmpty();
    }

    @Test
    void aLevelShiftAlarmsAtTheJumpAndNotAgainWhileTheRangeIsStillGrowing() {
        double[] values = noise(3000, 1.0, 24);
        for (int i = 2500; i < values.length; i++) {
            values[i] += 20;
        }
        assertThat(alarms(values, ARMED_AFTER)).containsExactly(2500);
    }

    @Test
    void aSpikeWithinTheMarginIsLeftToTheRangeAlarm() {
        double[] values = noise(3000, 1.0, 25);
        values[2500] = max(values, 0, 2500) + 0.05 * (max(values, 0, 2500) - min(values, 0, 2500));
        assertThat(alarms(values, ARMED_AFTER)).isEmpty();
    }

    @Test
    void nothingAlarmsBeforeItIsArmed() {
        double[] values = noise(3000, 1.0, 26);
        for (int i = 100; i < values.length; i++) {
            values[i] -= 0.05 * (i - 100);
        }
        assertThat(alarms(values, values.length)).isEmpty();
    }

    // Feeds the watch as the detector does: the range before each value, and whether it has not
    // grown for STABLE_AFTER points.
    private static List<Integer> alarms(double[] values, int armedAfter) {
        ExcursionWatch watch = new ExcursionWatch(MARGIN);
        RecentRange range = new RecentRange(HISTORY);
        List<Integer> alarms = new ArrayList<>();
        int lastGrowth = 0;
        for (int i = 0; i < values.length; i++) {
            boolean stable = i - lastGrowth >= STABLE_AFTER;
            if (watch.update(values[i], range.min(), range.max(), stable, i >= armedAfter)) {
                alarms.add(i);
            }
            if (values[i] > range.max() || values[i] < range.min()) {
                lastGrowth = i;
            }
            range.add(values[i]);
        }
        return alarms;
    }

    private static double[] noise(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 10 + Math.max(-3, Math.min(3, sigma * random.nextGaussian()));
        }
        return v;
    }

    private static double min(double[] values, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.min(m, values[i]);
        }
        return m;
    }

    private static double max(double[] values, int from, int to) {
        return Series.max(values, from, to);
    }
}
