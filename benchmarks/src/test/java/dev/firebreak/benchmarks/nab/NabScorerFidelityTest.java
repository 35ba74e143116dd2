package dev.firebreak.benchmarks.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for NAB v1.1's sweeper ({@code calcSweepScore}, {@code calcScoreByThreshold},
 * {@code scoreDataSet}). NAB's published result files cannot be re-scored here, so every
 * expected value below was worked out from the Python formulas by hand:
 * in-window detection {@code tp * scaledSigmoid(-(right - i + 1) / width) / scaledSigmoid(-1)},
 * detection after a window {@code fp * scaledSigmoid(|right - i| / (width - 1))}, {@code -fp}
 * before any window or 3+ widths past one, {@code -fn} per window with no detection, rows
 * before {@code min(floor(0.15 n), 750)} ignored.
 */
class NabScorerFidelityTest {

    private static final CostMatrix STANDARD = new CostMatrix(1.0, 0.11, 1.0);
    private static final double S = 1e-12;

    /** 1000 rows (probation 150), windows at rows [300, 399] (width 100) and [600, 649] (width 50). */
    private static NabSeries file(int[]... windowRows) {
        int n = 1000;
        long[] millis = new long[n];
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            millis[i] = 1_400_000_000_000L + i * 300_000L;
            raw.add(String.valueOf(i));
        }
        List<long[]> windows = new ArrayList<>();
        for (int[] w : windowRows) {
            windows.add(new long[] {millis[w[0]], millis[w[1]]});
        }
        return new NabSeries("c/f.csv", raw, millis, new double[n], windows);
    }

    private static NabSeries standardFile() {
        return file(new int[] {300, 399}, new int[] {600, 649});
    }

    /** Raw score of the file when exactly the given rows are detections (score 1, others 0). */
    private static double rawWithDetections(NabSeries series, int... rows) {
        double[] scores = new double[series.size()];
        for (int r : rows) {
            scores[r] = 1.0;
        }
        NabScorer scorer = new NabScorer(STANDARD);
        return scorer.scoreAt(scorer.sweep(series, scores, 0), 1.0).score();
    }

    @Test
    void detectionAtWindowStartEarnsFullTruePositiveWeight() {
        // +1 for the first window, -1 for the missed second one.
        assertThat(rawWithDetections(standardFile(), 300)).isCloseTo(0.0, within(S));
    }

    @Test
    void detectionAtWindowEndEarnsAlmostNothing() {
        // position -(399 - 399 + 1) / 100 = -0.01: (2 sigmoid(0.05) - 1) / 0.98661 = 0.025334
        assertThat(rawWithDetections(standardFile(), 399)).isCloseTo(-0.9746660949316748, within(S));
    }

    @Test
    void detectionJustAfterWindowIsAFalsePositiveAndTheWindowIsMissed() {
        // both windows missed (-2); FP at |399 - 400| / 99: 0.11 * (2 sigmoid(-5/99) - 1)
        assertThat(rawWithDetections(standardFile(), 400)).isCloseTo(-2.0027771874746163, within(S));
    }

    @Test
    void onlyTheEarliestDetectionInAWindowCounts() {
        // earliest at 320: position -(399 - 320 + 1) / 100 = -0.8; later ones in the window cost nothing.
        assertThat(rawWithDetections(standardFile(), 320, 350, 398)).isCloseTo(-0.02289315907739553, within(S));
    }

    @Test
    void falsePositiveInProbationIsIgnoredAndBeforeAnyWindowCostsFullWeight() {
        assertThat(rawWithDetections(standardFile(), 149)).isCloseTo(-2.0, within(S));
        assertThat(rawWithDetections(standardFile(), 150)).isCloseTo(-2.11, within(S));
    }

    @Test
    void falsePositiveCostGrowsWithDistanceFromThePreviousWindow() {
        // 600 detected (+1), 300 missed (-1); FP at 700: |649 - 700| / 49 widths past window two.
        assertThat(rawWithDetections(standardFile(), 600, 700)).isCloseTo(-0.10879790381049467, within(S));
        // more than 3 widths past: the full -0.11
        assertThat(rawWithDetections(standardFile(), 600, 900)).isCloseTo(-0.11, within(S));
    }

    @Test
    void windowInsideProbationIsNotScoredButCountsTowardsPerfect() {
        NabSeries series = file(new int[] {50, 99}, new int[] {300, 399});
        double[] scores = new double[series.size()];
        scores[300] = 1.0;
        NabScorer scorer = new NabScorer(STANDARD);
        NabScorer.CorpusScore result = scorer.scoreCorpus(List.of(series), List.of(scores));
        // null = -1 (only the scorable window), perfect = 2 windows * tpWeight, raw = +1
        assertThat(scorer.nullDetectorScore(List.of(series))).isCloseTo(-1.0, within(S));
        assertThat(result.rawScore()).isCloseTo(1.0, within(S));
        assertThat(result.normalized()).isCloseTo(100.0 * 2.0 / 3.0, within(1e-9));
    }

    @Test
    void thresholdIsTheLowestScoreOfTheChosenDetectionsAndTiesGoToTheHigherThreshold() {
        NabSeries series = standardFile();
        double[] scores = new double[series.size()];
        scores[300] = 0.9;
        scores[600] = 0.8;
        scores[200] = 0.7;
        NabScorer.CorpusScore result = new NabScorer(STANDARD).scoreCorpus(List.of(series), List.of(scores));
        // 0.8 detects both windows (+2); 0.7 adds an FP (-0.11); 0.0 adds every row.
        assertThat(result.threshold()).isEqualTo(0.8);
        assertThat(result.rawScore()).isCloseTo(2.0, within(S));
    }
}
