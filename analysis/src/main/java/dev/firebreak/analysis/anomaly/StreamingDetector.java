package dev.firebreak.analysis.anomaly;

/**
 * Scores one metric series point by point, learning what is normal as it goes.
 *
 * <p>Implementations keep bounded state per series and never look ahead: the score of a point
 * depends only on that point and the ones before it. An instance belongs to one series and is
 * not thread-safe; use one instance per series (they are cheap).
 */
public interface StreamingDetector {

    /**
     * Consumes the next point of the series.
     *
     * @param epochMillis timestamp of the point; points must arrive in time order
     * @param value the observed value
     * @return the anomaly score of this point in [0, 1] with its explanation
     */
    Score update(long epochMillis, double value);

    /**
     * Number of numeric slots of state this detector holds; it must not grow with the length
     * of the stream, which is what a memory-bounded detector promises.
     */
    int stateSize();
}
