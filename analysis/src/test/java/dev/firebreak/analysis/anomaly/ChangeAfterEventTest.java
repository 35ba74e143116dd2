package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangeAfterEventTest {

    private static final long DEPLOY = 120 * 60_000L;

    private static long[] minutes(int n) {
        long[] ts = new long[n];
        for (int i = 0; i < n; i++) {
            ts[i] = i * 60_000L;
        }
        return ts;
    }

    @Test
    void latencyUpFortyEightPercentAfterDeployIsALevelShift() {
        Random random = new Random(1);
        double[] v = new double[240];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i < 120 ? 100 : 148) + 5 * random.nextGaussian();
        }
        ShiftResult r = ChangeAfterEvent.test(minutes(240), v, DEPLOY);
        assertThat(r.shifted()).isTrue();
        assertThat(r.kind()).isEqualTo("level");
        assertThat(r.relativeChange()).isCloseTo(0.48, within(0.03));
        assertThat(r.confidence()).isGreaterThan(0.99);
    }

    @Test
    void unchangedSeriesIsNotShifted() {
        Random random = new Random(2);
        double[] v = new double[240];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + 5 * random.nextGaussian();
        }
        ShiftResult r = ChangeAfterEvent.test(minutes(240), v, DEPLOY);
        assertThat(r.shifted()).isFalse();
        assertThat(r.kind()).isEqualTo("none");
    }

    @Test
    void noisierSeriesAtSameLevelIsAVarianceChange() {
        Random random = new Random(3);
        double[] v = new double[240];
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 + (i < 120 ? 2 : 12) * random.nextGaussian();
        }
        ShiftResult r = ChangeAfterEvent.test(minutes(240), v, DEPLOY);
        assertThat(r.shifted()).isTrue();
        assertThat(r.kind()).isEqualTo("variance");
        assertThat(r.relativeChange()).isGreaterThan(2.0);
    }

    @Test
    void windowLimitsTheComparedPoints() {
        double[] v = new double[240];
        for (int i = 0; i < v.length; i++) {
            // A shift long before the deploy must not count when the window excludes it.
            v[i] = (i < 30 ? 500 : 100) + (i % 7);
        }
        ShiftResult r = ChangeAfterEvent.test(minutes(240), v, DEPLOY, 60 * 60_000L);
        assertThat(r.shifted()).isFalse();
    }

    @Test
    void tooFewPointsAfterTheEventIsNotAShift() {
        double[] v = {1, 1, 1, 1, 1, 1, 9, 9};
        long[] ts = minutes(8);
        assertThat(ChangeAfterEvent.test(ts, v, 6 * 60_000L).shifted()).isFalse();
    }
}
