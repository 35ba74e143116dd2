package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowedGaussianDetectorTest {

    @Test
    void farValueScoresNearOneAndTypicalValueLower() {
        StreamingDetector detector = Detectors.windowedGaussian();
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            detector.update(i, 10 + random.nextGaussian());
        }
        assertThat(detector.update(500, 10.1).value()).isLessThan(0.7);
        assertThat(detector.update(501, 30).value()).isGreaterThan(0.999);
    }
}
