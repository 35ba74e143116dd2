package dev.firebreak.benchmarks.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NabScorerTest {

    private static final CostMatrix STANDARD = new CostMatrix(1.0, 0.11, 1.0);

    /** Two files of 1000 rows; windows after the probationary 150 rows. */
    private static List<NabSeries> corpus() {
        List<NabSeries> corpus = new ArrayList<>();
        corpus.add(series("a/one.csv", List.of(new long[] {400, 499}, new long[] {700, 749})));
        corpus.add(series("a/two.csv", List.of(new long[] {300, 399})));
        return corpus;
    }

    private static NabSeries series(String key, List<long[]> windowRows) {
        int n = 1000;
        long[] millis = new long[n];
        double[] values = new double[n];
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            millis[i] = i * 60_000L;
            raw.add(String.valueOf(i));
        }
        List<long[]> windows = new ArrayList<>();
        for (long[] w : windowRows) {
            windows.add(new long[] {millis[(int) w[0]], millis[(int) w[1]]});
        }
        return new NabSeries(key, raw, millis, values, windows);
    }

    private static List<double[]> constant(List<NabSeries> corpus, double value) {
        List<double[]> scores = new ArrayList<>();
        for (NabSeries s : corpus) {
            double[] v = new double[s.size()];
            java.util.Arrays.fill(v, value);
            scores.add(v);
        }
        return scores;
    }

    @Test
    void nullDetectorScoresZero() {
        List<NabSeries> corpus = corpus();
        assertThat(new NabScorer(STANDARD).scoreCorpus(corpus, constant(corpus, 0.5)).normalized())
                .isCloseTo(0.0, within(1e-9));
    }

    @Test
    void detectingEachWindowAtItsFirstRowScoresHundred() {
        List<NabSeries> corpus = corpus();
        List<double[]> scores = constant(corpus, 0.0);
        for (int f = 0; f < corpus.size(); f++) {
            NabSeries s = corpus.get(f);
            for (long[] w : s.windows()) {
                scores.get(f)[(int) (w[0] / 60_000L)] = 1.0;
            }
        }
        assertThat(new NabScorer(STANDARD).scoreCorpus(corpus, scores).normalized()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void lateDetectionEarnsLessAndFalsePositivesCost() {
        List<NabSeries> corpus = corpus();
        List<double[]> late = constant(corpus, 0.0);
        late.get(1)[398] = 1.0;
        List<double[]> early = constant(corpus, 0.0);
        early.get(1)[300] = 1.0;
        List<double[]> earlyWithFalseAlarm = constant(corpus, 0.0);
        earlyWithFalseAlarm.get(1)[300] = 1.0;
        earlyWithFalseAlarm.get(1)[200] = 1.0;
        NabScorer scorer = new NabScorer(STANDARD);
        double lateScore = scorer.scoreCorpus(corpus, late).rawScore();
        double earlyScore = scorer.scoreCorpus(corpus, early).rawScore();
        double withFp = scorer.scoreCorpus(corpus, earlyWithFalseAlarm).rawScore();
        // Early: window worth tpWeight; the other two windows are missed (-1 each).
        assertThat(earlyScore).isCloseTo(-1.0, within(1e-9));
        assertThat(lateScore).isLessThan(earlyScore).isGreaterThan(-2.0);
        // A false positive before any window costs the full fpWeight.
        assertThat(withFp).isCloseTo(earlyScore - 0.11, within(1e-9));
    }

    @Test
    void scaledSigmoidMatchesNabReferencePoints() {
        assertThat(NabScorer.scaledSigmoid(-1.0)).isCloseTo(0.98661, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(-0.5)).isCloseTo(0.84828, within(1e-5));
        assertThat(NabScorer.scaledSigmoid(0.0)).isCloseTo(0.0, within(1e-12));
        assertThat(NabScorer.scaledSigmoid(3.0)).isEqualTo(-1.0);
    }
}
