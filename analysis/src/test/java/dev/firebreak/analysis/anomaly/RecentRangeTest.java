package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentRangeTest {

    @Test
    void anOldSpikeLeavesTheRangeWhenItLeavesTheWindow() {
        RecentRange range = new RecentRange(100);
        range.add(1000.0);
        for (int i = 0; i < 99; i++) {
            range.add(i % 10);
        }
        assertThat(range.max()).isEqualTo(1000.0);
        range.add(3.0);
        assertThat(range.max()).isEqualTo(9.0);
        assertThat(range.min()).isEqualTo(0.0);
    }

    @Test
    void matchesABruteForceWindowOnARandomStream() {
        java.util.Random random = new java.util.Random(3);
        RecentRange range = new RecentRange(50);
        double[] all = new double[2000];
        for (int i = 0; i < all.length; i++) {
            all[i] = random.nextGaussian() * (1 + i / 500);
            range.add(all[i]);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = Math.max(0, i - 49); k <= i; k++) {
                lo = Math.min(lo, all[k]);
                hi = Math.max(hi, all[k]);
            }
            assertThat(range.min()).isEqualTo(lo);
            assertThat(range.max()).isEqualTo(hi);
        }
    }
}
