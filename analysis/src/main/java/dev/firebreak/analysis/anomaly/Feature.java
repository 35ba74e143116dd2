package dev.firebreak.analysis.anomaly;

/** The kind of deviation that explains a high anomaly score. */
public enum Feature {
    /** Nothing unusual. */
    NONE,
    /** A short excursion away from the expected range that comes back. */
    SPIKE,
    /** The level moved and stays at a new place. */
    LEVEL_SHIFT,
    /** The spread of the values grew or shrank. */
    VARIANCE_CHANGE,
    /** The slope of the series changed. */
    TREND_CHANGE,
    /** A pattern (shape) not seen in the recent history, at a normal level and spread. */
    NEW_PATTERN
}
