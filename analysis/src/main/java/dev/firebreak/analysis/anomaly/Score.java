package dev.firebreak.analysis.anomaly;

/**
 * The verdict on one point: how anomalous it is and why.
 *
 * @param value anomaly score in [0, 1], comparable across series: alert above one threshold chosen
 *     for all series (the NAB harness prints the NAB-optimal one)
 * @param feature what kind of deviation dominates the score ({@link Feature#NONE} when normal)
 * @param expectedLow lower edge of the range the detector expected for this point
 * @param expectedHigh upper edge of the range the detector expected for this point
 */
public record Score(double value, Feature feature, double expectedLow, double expectedHigh) {

    public Score {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0,1]: " + value);
        }
    }

    /** True when the observed value lies outside the expected range. */
    public boolean outside(double observed) {
        return observed < expectedLow || observed > expectedHigh;
    }
}
