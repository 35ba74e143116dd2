package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlatlineWatchTest {

    @Test
    void alarmsOnceWhenARunOutlastsEveryEarlierRun() {
        FlatlineWatch watch = new FlatlineWatch(10);
        int alarms = 0;
        int alarmAt = -1;
        int i = 0;
        // Runs of zeros, 20 long, between single busy points; then a run of 60 zeros.
        for (int block = 0; block < 10; block++) {
            watch.update(5.0 + block);
            i++;
            for (int k = 0; k < 20; k++, i++) {
                // The first run of zeros is the longest so far by definition; later equal runs are not.
                if (watch.update(0.0) && block > 0) {
                    alarms++;
                }
            }
        }
        int longRunStart = i;
        watch.update(7.0);
        for (int k = 0; k < 60; k++, i++) {
            if (watch.update(0.0)) {
                alarms++;
                alarmAt = k;
            }
        }
        assertThat(alarms).isEqualTo(1);
        assertThat(alarmAt).isEqualTo(20);
        assertThat(longRunStart).isPositive();
    }

    @Test
    void seriesFlatFromTheStartNeverAlarms() {
        FlatlineWatch watch = new FlatlineWatch(10);
        for (int i = 0; i < 5000; i++) {
            assertThat(watch.update(45.0)).isFalse();
        }
    }

    @Test
    void disabledWithZeroMinimum() {
        FlatlineWatch watch = new FlatlineWatch(0);
        watch.update(1.0);
        for (int i = 0; i < 100; i++) {
            assertThat(watch.update(0.0)).isFalse();
        }
    }
}
