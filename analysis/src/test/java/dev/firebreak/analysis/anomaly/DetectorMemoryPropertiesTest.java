package dev.firebreak.analysis.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DetectorMemoryPropertiesTest {

    @Property(tries = 20)
    void stateStaysConstantAndScoresStayInRange(@ForAll long seed, @ForAll @IntRange(min = 3000, max = 6000) int length) {
        Random random = new Random(seed);
        for (StreamingDetector detector : new StreamingDetector[] {Detectors.standard(), Detectors.windowedGaussian()}) {
            int initial = detector.stateSize();
            double level = random.nextDouble() * 1000;
            for (int i = 0; i < length; i++) {
                if (random.nextInt(500) == 0) {
                    level += random.nextGaussian() * 100;
                }
                double value = random.nextInt(50) == 0 ? level * 10 : level + random.nextGaussian() * 5;
                Score s = detector.update(i * 60_000L, value);
                assertThat(s.value()).isBetween(0.0, 1.0);
            }
            assertThat(detector.stateSize()).isEqualTo(initial);
        }
    }
}
