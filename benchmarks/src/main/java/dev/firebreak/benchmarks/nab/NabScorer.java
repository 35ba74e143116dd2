package dev.firebreak.benchmarks.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Port of NAB v1.1 scoring ({@code nab/sweeper.py} and the corpus-wide threshold choice of
 * {@code nab/optimizer.py} / {@code nab/runner.py}). Kept line-for-line close to the Python
 * so that its quirks (window entry on exact timestamps, probationary rows dropped before
 * scoring, windows fully inside the probation not counted) are reproduced too.
 */
final class NabScorer {

    static final double PROBATION_PERCENT = 0.15;
    private static final int NO_WINDOW = -1;
    private static final int PROBATIONARY = -2;

    private final CostMatrix cost;

    NabScorer(CostMatrix cost) {
        this.cost = cost;
    }

    /** Scored row of one file: its anomaly score, its sweep score and the window it belongs to. */
    record Point(double anomalyScore, double sweepScore, int window) {
    }

    /** Score of the corpus (or of a file) when detections are the rows with score >= threshold. */
    record ThresholdScore(double threshold, double score, int tp, int fp) {
    }

    /** Result of scoring a whole corpus for one profile. */
    record CorpusScore(double threshold, double rawScore, double normalized, int detectedWindows, int windows, int fp) {
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double scaledSigmoid(double relativePositionInWindow) {
        if (relativePositionInWindow >= 3.0) {
            return -1.0;
        }
        return 2 * sigmoid(-5 * relativePositionInWindow) - 1.0;
    }

    static double probationaryLength(int rows) {
        return Math.min(Math.floor(PROBATION_PERCENT * rows), PROBATION_PERCENT * 5000);
    }

    /** NAB's calcSweepScore; {@code windowBase} makes window ids unique across the corpus. */
    List<Point> sweep(NabSeries series, double[] scores, int windowBase) {
        long[] ts = series.millis();
        List<long[]> pending = new ArrayList<>(series.windows());
        List<Point> points = new ArrayList<>(ts.length);
        double maxTp = scaledSigmoid(-1.0);
        double probation = probationaryLength(ts.length);
        long[] curLimits = null;
        int curWindow = NO_WINDOW;
        double curWidth = 0;
        int curRight = -1;
        double prevWidth = 0;
        int prevRight = -1;
        int windowsSeen = 0;
        for (int i = 0; i < ts.length; i++) {
            if (!pending.isEmpty() && ts[i] == pending.get(0)[0]) {
                curLimits = pending.remove(0);
                curWindow = windowBase + windowsSeen++;
                curRight = indexOf(ts, curLimits[1]);
                curWidth = curRight - indexOf(ts, curLimits[0]) + 1;
            }
            double weighted;
            if (curLimits != null) {
                double positionInWindow = -(curRight - i + 1) / curWidth;
                weighted = scaledSigmoid(positionInWindow) * cost.tpWeight() / maxTp;
            } else {
                double positionPastWindow = prevRight < 0 ? 3.0 : Math.abs(prevRight - i) / (prevWidth - 1);
                weighted = scaledSigmoid(positionPastWindow) * cost.fpWeight();
            }
            int window = i >= probation ? (curLimits != null ? curWindow : NO_WINDOW) : PROBATIONARY;
            points.add(new Point(scores[i], weighted, window));
            if (curLimits != null && ts[i] == curLimits[1]) {
                prevRight = i;
                prevWidth = curWidth;
                curLimits = null;
                curWindow = NO_WINDOW;
                curRight = -1;
            }
        }
        return points;
    }

    private static int indexOf(long[] ts, long t) {
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == t) {
                return i;
            }
        }
        throw new IllegalArgumentException("window limit is not a timestamp of the file: " + t);
    }

    /** NAB's calcScoreByThreshold: one entry per distinct score, highest threshold first. */
    List<ThresholdScore> scoreByThreshold(List<Point> points) {
        Point[] scorable = points.stream().filter(p -> p.window() != PROBATIONARY).toArray(Point[]::new);
        // Stable descending sort, as Python's sorted(..., reverse=True).
        Arrays.sort(scorable, (a, b) -> Double.compare(b.anomalyScore(), a.anomalyScore()));
        Map<Integer, Double> windowParts = new HashMap<>();
        for (Point p : scorable) {
            if (p.window() != NO_WINDOW) {
                windowParts.put(p.window(), -cost.fnWeight());
            }
        }
        double fpPart = 0;
        double windowSum = -cost.fnWeight() * windowParts.size();
        List<ThresholdScore> result = new ArrayList<>();
        double threshold = 1.1;
        int tp = 0;
        int fp = 0;
        for (Point p : scorable) {
            if (p.anomalyScore() != threshold) {
                result.add(new ThresholdScore(threshold, fpPart + windowSum, tp, fp));
                threshold = p.anomalyScore();
            }
            if (p.window() == NO_WINDOW) {
                fp++;
                fpPart += p.sweepScore();
            } else {
                tp++;
                double old = windowParts.get(p.window());
                double best = Math.max(old, p.sweepScore());
                windowParts.put(p.window(), best);
                windowSum += best - old;
            }
        }
        result.add(new ThresholdScore(threshold, fpPart + windowSum, tp, fp));
        return result;
    }

    /** NAB's scoreDataSet: the row of the file's sweep matching the corpus threshold. */
    ThresholdScore scoreAt(List<Point> points, double threshold) {
        List<ThresholdScore> rows = scoreByThreshold(points);
        ThresholdScore previous = null;
        for (ThresholdScore row : rows) {
            if (row.threshold() == threshold) {
                return row;
            } else if (row.threshold() < threshold) {
                return previous;
            }
            previous = row;
        }
        // NAB would fail here (None row); it happens only when every score of the file exceeds
        // the threshold, and then every row is a detection.
        return rows.get(rows.size() - 1);
    }

    /** Optimises the threshold over the whole corpus, then scores each file at it. */
    CorpusScore scoreCorpus(List<NabSeries> corpus, List<double[]> scores) {
        List<List<Point>> perFile = new ArrayList<>();
        List<Point> all = new ArrayList<>();
        int windows = 0;
        for (int f = 0; f < corpus.size(); f++) {
            List<Point> points = sweep(corpus.get(f), scores.get(f), f * 1000);
            perFile.add(points);
            all.addAll(points);
            windows += corpus.get(f).windows().size();
        }
        ThresholdScore best = null;
        for (ThresholdScore row : scoreByThreshold(all)) {
            if (best == null || row.score() > best.score()) {
                best = row;
            }
        }
        double raw = 0;
        int fp = 0;
        int detected = 0;
        for (List<Point> points : perFile) {
            ThresholdScore row = scoreAt(points, best.threshold());
            raw += row.score();
            fp += row.fp();
            detected += detectedWindows(points, best.threshold());
        }
        double nullScore = nullDetectorScore(corpus);
        double perfect = windows * cost.tpWeight();
        double normalized = 100.0 * (raw - nullScore) / (perfect - nullScore);
        return new CorpusScore(best.threshold(), raw, normalized, detected, windows, fp);
    }

    private static int detectedWindows(List<Point> points, double threshold) {
        return (int) points.stream()
                .filter(p -> p.window() >= 0 && p.anomalyScore() >= threshold)
                .mapToInt(Point::window).distinct().count();
    }

    /** Raw score of NAB's null detector (constant 0.5), the 0 of the normalised scale. */
    double nullDetectorScore(List<NabSeries> corpus) {
        List<Point> all = new ArrayList<>();
        for (int f = 0; f < corpus.size(); f++) {
            double[] constant = new double[corpus.get(f).size()];
            Arrays.fill(constant, 0.5);
            all.addAll(sweep(corpus.get(f), constant, f * 1000));
        }
        return scoreByThreshold(all).stream().mapToDouble(ThresholdScore::score).max().orElseThrow();
    }
}
