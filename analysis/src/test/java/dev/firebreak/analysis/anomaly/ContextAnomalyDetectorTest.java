package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextAnomalyDetectorTest {

    private static final int N = 8 * Series.DAY;
    private static final int EVENT = 6 * Series.DAY + 100;

    @Test
    void seasonalSeriesWithoutAnomalyStaysLow() {
        double[] values = Series.seasonal(N, 1.0, 1);
        double[] scores = Series.scores(Detectors.standard(), values);
        assertThat(Series.max(scores, Series.DAY, N)).isLessThan(0.5);
    }

    @Test
    void spikeStandsOutAndIsExplainedAsSpike() {
        double[] values = Series.seasonal(N, 1.0, 2);
        values[EVENT] += 40;
        StreamingDetector detector = Detectors.standard();
        Score atSpike = null;
        double before = 0;
        for (int i = 0; i < N; i++) {
            Score s = detector.update(i * Series.STEP, values[i]);
            if (i == EVENT) {
                atSpike = s;
            } else if (i > Series.DAY && i < EVENT) {
                before = Math.max(before, s.value());
            }
        }
        assertThat(before).isLessThan(0.1);
        assertThat(atSpike.value()).isGreaterThan(4 * before).isGreaterThan(0.4);
        assertThat(atSpike.feature()).isEqualTo(Feature.SPIKE);
        assertThat(atSpike.outside(values[EVENT])).isTrue();
    }

    @Test
    void levelShiftScoresHighSoonAfterTheShift() {
        double[] values = Series.seasonal(N, 1.0, 3);
        for (int i = EVENT; i < N; i++) {
            values[i] += 30;
        }
        StreamingDetector detector = Detectors.standard();
        double best = 0;
        Feature feature = Feature.NONE;
        for (int i = 0; i < EVENT + 20; i++) {
            Score s = detector.update(i * Series.STEP, values[i]);
            if (i >= EVENT && s.value() > best) {
                best = s.value();
                feature = s.feature();
            }
        }
        assertThat(best).isGreaterThanOrEqualTo(0.5);
        assertThat(feature).isIn(Feature.LEVEL_SHIFT, Feature.SPIKE);
    }

    @Test
    void slowDriftStaysLow() {
        double[] values = Series.seasonal(N, 1.0, 4);
        for (int i = 0; i < N; i++) {
            values[i] += i * 0.01;
        }
        double[] scores = Series.scores(Detectors.standard(), values);
        assertThat(Series.max(scores, Series.DAY, N)).isLessThan(0.5);
    }

    @Test
    void varianceIncreaseIsNoticed() {
        double[] values = Series.seasonal(N, 1.0, 5);
        java.util.Random random = new java.util.Random(9);
        for (int i = EVENT; i < N; i++) {
            values[i] += 12 * random.nextGaussian();
        }
        double[] scores = Series.scores(Detectors.standard(), values);
        assertThat(Series.max(scores, EVENT, EVENT + 50)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void expectedRangeCoversNormalValues() {
        double[] values = Series.seasonal(N, 1.0, 6);
        StreamingDetector detector = Detectors.standard();
        int inside = 0;
        for (int i = 0; i < N; i++) {
            Score s = detector.update(i * Series.STEP, values[i]);
            if (i > Series.DAY && !s.outside(values[i])) {
                inside++;
            }
        }
        assertThat(inside).isGreaterThan((int) (0.95 * (N - Series.DAY - 1)));
    }
}
