package dev.firebreak.benchmarks.retrieval;

import java.util.Arrays;

/** Nearest-rank percentiles of recorded durations. */
final class Percentiles {

    private final double[] millis;

    Percentiles(long[] nanos) {
        this.millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    }

    double at(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    String summary() {
        return String.format("p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms (n=%d)", at(50), at(90), at(99), at(100), millis.length);
    }
}
