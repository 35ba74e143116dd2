package dev.firebreak.analysis.anomaly;

import java.util.Random;

/** Synthetic series for the detector tests: 5-minute points, daily seasonality. */
final class Series {

    static final long STEP = 300_000L;
    static final int DAY = 288;

    private Series() {
    }

    static double[] seasonal(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 50 + 20 * Math.sin(2 * Math.PI * i / DAY) + noise * random.nextGaussian();
        }
        return v;
    }

    static double[] scores(StreamingDetector detector, double[] values) {
        double[] s = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = detector.update(i * STEP, values[i]).value();
        }
        return s;
    }

    static double max(double[] values, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.max(m, values[i]);
        }
        return m;
    }
}
