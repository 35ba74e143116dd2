package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RecurringNoveltyTest {

    private static final int RECURRENCES = 3;
    private static final int HORIZON = 2500;
    private static final int GAP = 100;
    private static final double LEVEL = 0.5;
    private static final double FACTOR = 0.5;

    @Test
    void theFirstEventsPassAndNoveltyThatKeepsComingBackIsDamped() {
        RecurringNovelty recurring = newRecurring();
        double[] starts = new double[6];
        int event = 0;
        for (int i = 1; i <= 3000; i++) {
            double out = recurring.update(i % 500 == 0 ? 1.0 : 0.1);
            if (i % 500 == 0) {
                starts[event++] = out;
            }
        }
        // Events 1-3 start in full (fewer than three earlier events); from the fourth on, three
        // events lie within the horizon.
        assertThat(starts).containsExactly(1.0, 1.0, 1.0, 0.5, 0.5, 0.5);
    }

    @Test
    void eventsFartherApartThanTheHorizonAreNeverDamped() {
        RecurringNovelty recurring = newRecurring();
        for (int i = 1; i <= 20 * 1300; i++) {
            double score = i % 1300 == 0 ? 1.0 : 0.1;
            assertThat(recurring.update(score)).isEqualTo(score);
        }
    }

    @Test
    void oneLongIncidentCountsOnce() {
        RecurringNovelty recurring = newRecurring();
        // 300 high scores in a row, then a second event: no damping, the first was one event.
        for (int i = 0; i < 300; i++) {
            assertThat(recurring.update(0.9)).isEqualTo(0.9);
        }
        for (int i = 0; i < 200; i++) {
            recurring.update(0.1);
        }
        assertThat(recurring.update(0.9)).isEqualTo(0.9);
    }

    @Test
    void highScoresCloserThanTheGapAreOneEvent() {
        RecurringNovelty recurring = newRecurring();
        // Alternating bursts 50 points apart are one event; another one 500 points later is the
        // second, so nothing is damped yet.
        for (int i = 1; i <= 1000; i++) {
            double score = i % 50 == 0 ? 1.0 : 0.1;
            assertThat(recurring.update(score)).isEqualTo(score);
        }
    }

    @Test
    void irregularDoubleSpikesStopAlarmingInTheDetectorOnceTheyAreHabitual() {
        // Noise with a double spike of random height and spacing every ~300 points: no two spikes
        // have the same shape, so context novelty stays high for each; after a few of them the
        // spikes are the series' habit and the later ones are damped to half at most (NAB's
        // threshold is ~0.59).
        Random random = new Random(31);
        double[] values = new double[6000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 + Math.max(-1.5, Math.min(1.5, random.nextGaussian() * 0.5));
        }
        for (int at = 600; at < values.length - 10; at += 250 + random.nextInt(100)) {
            values[at] = 30 + random.nextDouble() * 10;
            values[at + 2 + random.nextInt(3)] = 25 + random.nextDouble() * 15;
        }
        // The first spike is the highest, so the later ones are within the range (no range alarm).
        values[600] = 41;
        double[] scores = Series.scores(Detectors.standard(), values);
        assertThat(Series.max(scores, 4000, 6000)).isLessThanOrEqualTo(0.5);
    }

    private static RecurringNovelty newRecurring() {
        return new RecurringNovelty(RECURRENCES, HORIZON, GAP, LEVEL, FACTOR);
    }
}
