package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NoveltyLikelihoodTest {

    private static double normal(Random random) {
        return 0.1 + 0.01 * random.nextGaussian();
    }

    @Test
    void aHugeSpikeScoresFullyButDoesNotBlindTheSeriesToTheNextIncident() {
        Random random = new Random(7);
        NoveltyLikelihood likelihood = new NoveltyLikelihood(0.002);
        for (int i = 0; i < 1000; i++) {
            likelihood.scoreAndLearn(normal(random), i > 150);
        }
        // A distance ~1000 sigmas out: an alarm of its own ...
        assertThat(likelihood.scoreAndLearn(10.0, true)).isEqualTo(1.0);
        for (int i = 0; i < 100; i++) {
            assertThat(likelihood.scoreAndLearn(normal(random), true)).isLessThan(0.3);
        }
        // ... that must not teach the statistics that such distances are normal: a second, far
        // smaller incident (10 sigmas) soon after is still clearly unusual. Learned unclipped, the
        // spike would have raised the spread ~40x and this would score 0.
        assertThat(likelihood.scoreAndLearn(0.2, true)).isGreaterThan(0.5);
    }

    @Test
    void ordinaryNoveltyStaysQuietAndLearningStillFollowsAGenuineChangeOfSpread() {
        Random random = new Random(11);
        NoveltyLikelihood likelihood = new NoveltyLikelihood(0.002);
        for (int i = 0; i < 2000; i++) {
            double score = likelihood.scoreAndLearn(normal(random), i > 150);
            if (i > 150) {
                assertThat(score).isLessThan(0.3);
            }
        }
        // The series becomes ten times noisier for good: clipping slows the adaptation but does
        // not stop it, so after a few thousand points the new spread is normal again.
        for (int i = 0; i < 5000; i++) {
            likelihood.scoreAndLearn(0.1 + 0.1 * random.nextGaussian(), true);
        }
        int loud = 0;
        for (int i = 0; i < 500; i++) {
            if (likelihood.scoreAndLearn(0.1 + 0.1 * random.nextGaussian(), true) >= 0.5) {
                loud++;
            }
        }
        assertThat(loud).isZero();
    }
}
