package dev.firebreak.analysis.anomaly;

/** Factory for the streaming detectors; create one detector per metric series. */
public final class Detectors {

    private Detectors() {
    }

    /** The recommended detector: context novelty turned into a calibrated, debounced score. */
    public static StreamingDetector standard() {
        return new ContextAnomalyDetector(DetectorSettings.defaults());
    }

    /** The standard detector with other settings (one set for all series, never per series). */
    public static StreamingDetector standard(DetectorSettings settings) {
        return new ContextAnomalyDetector(settings);
    }

    /** Baseline: distance from the mean of the last 1000 points (NAB's windowedGaussian settings). */
    public static StreamingDetector windowedGaussian() {
        return new WindowedGaussianDetector(1000, 1);
    }
}
