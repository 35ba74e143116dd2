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
        // Noise on a daily pattern stays well below the alarm level (~0.5-0.6 on NAB); the spike does not.
        assertThat(before).isLessThan(0.3);
        assertThat(atSpike.value()).isGreaterThan(2 * before).isGreaterThan(0.5);
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

    @Test
    void levelShiftRaisesOneAlertNotABurst() {
        double[] values = Series.seasonal(N, 1.0, 7);
        for (int i = EVENT; i < N; i++) {
            values[i] += 30;
        }
        double[] scores = Series.scores(Detectors.standard(), values);
        int alerts = 0;
        // Damped scores stay at or below 0.5 (quiet factor); the NAB-optimal threshold is ~0.59.
        for (int i = EVENT; i < EVENT + 100; i++) {
            if (scores[i] > 0.55) {
                alerts++;
            }
        }
        assertThat(alerts).isEqualTo(1);
    }

    @Test
    void dailyJumpThatDoesNotHappenIsNoticedOnlyWithTheSeasonalComparison() {
        // A daily square-ish pattern: a jump up at 08:00 and down at 18:00, except on day 6.
        double[] values = Series.seasonal(N, 0.5, 8);
        for (int i = 0; i < N; i++) {
            int minuteOfDay = (i % Series.DAY) * 5;
            boolean skipped = i / Series.DAY == 6;
            if (minuteOfDay >= 8 * 60 && minuteOfDay < 18 * 60 && !skipped) {
                values[i] += 25;
            }
        }
        int jump = 6 * Series.DAY + 8 * 12;
        DetectorSettings d = DetectorSettings.defaults();
        DetectorSettings noSeason = new DetectorSettings(d.contextLength(), d.historySize(), d.statsAlpha(),
                d.warmup(), d.spatialTolerance(), d.quietPeriod(), d.quietFactor(), d.alarmLevel(), d.breakthrough(),
                0, d.seasonContext(), d.flatlineMinRun(), d.seasonJitter(), d.coarseBlock(), d.coarseLength());
        double with = Series.max(Series.scores(Detectors.standard(), values), jump, jump + 40);
        double without = Series.max(Series.scores(Detectors.standard(noSeason), values), jump, jump + 40);
        assertThat(with).isGreaterThanOrEqualTo(0.5);
        assertThat(without).isLessThan(0.5);
    }

    @Test
    void meterThatStopsIsAFlatlineAlarm() {
        java.util.Random random = new java.util.Random(10);
        double[] values = new double[N];
        for (int i = 0; i < N; i++) {
            // Bursty writes: zero most of the time, runs of zeros at most ~40 long.
            values[i] = random.nextInt(20) == 0 ? 0.0 : (random.nextInt(3) == 0 ? 0.0 : 100 + random.nextInt(50));
        }
        for (int i = EVENT; i < EVENT + 400; i++) {
            values[i] = 0.0;
        }
        StreamingDetector detector = Detectors.standard();
        double best = 0;
        Feature feature = Feature.NONE;
        for (int i = 0; i < EVENT + 400; i++) {
            Score s = detector.update(i * Series.STEP, values[i]);
            if (i >= EVENT && s.value() > best) {
                best = s.value();
                feature = s.feature();
            }
        }
        assertThat(best).isEqualTo(1.0);
        assertThat(feature).isEqualTo(Feature.VARIANCE_CHANGE);
    }
}
