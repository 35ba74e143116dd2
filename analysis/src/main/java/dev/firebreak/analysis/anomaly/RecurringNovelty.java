package dev.firebreak.analysis.anomaly;

import java.util.Arrays;

/**
 * Tells a recurring kind of novelty from a new one. A series whose short shapes turn novel every
 * few hundred points (a job that spikes irregularly, a sensor with occasional double spikes) keeps
 * scoring high on context novelty, because no two spikes have quite the same shape; yet for that
 * series spikes are normal behaviour. The likelihood cannot learn this: it is winsorised so that a
 * real incident does not blind it ({@link NoveltyLikelihood}), which also keeps recurring spikes
 * looking rare.
 *
 * <p>This counts novelty events, a score reaching {@code level} after more than {@code gap} points
 * below it, so that one long incident counts once. While {@code recurrences} events lie within the
 * last {@code horizon} points, scores are damped by {@code factor}: novelty that came back that
 * often recently is the series' habit, not news. The point where an event starts is judged on the
 * events before it, so the first {@code recurrences} events within a horizon start in full.
 * Constant time; memory is {@code recurrences} event times.
 */
final class RecurringNovelty {

    private final long horizon;
    private final long gap;
    private final double level;
    private final double factor;
    // The times of the last `recurrences` events; events[next] is the oldest of them.
    private final long[] events;
    private int next;
    private long seen;
    private long lastHigh = Long.MIN_VALUE / 2;

    RecurringNovelty(int recurrences, long horizon, long gap, double level, double factor) {
        if (recurrences < 1 || horizon < 1 || gap < 0 || !(factor >= 0 && factor <= 1)) {
            throw new IllegalArgumentException("recurrences and horizon must be >= 1, gap >= 0, factor in [0,1]");
        }
        this.horizon = horizon;
        this.gap = gap;
        this.level = level;
        this.factor = factor;
        this.events = new long[recurrences];
        Arrays.fill(events, Long.MIN_VALUE / 2);
    }

    /** Returns the score, damped while novelty has recurred often lately; then counts it. */
    double update(double score) {
        seen++;
        boolean recurring = seen - events[next] <= horizon;
        if (score >= level) {
            if (seen - lastHigh > gap) {
                events[next] = seen;
                next = (next + 1) % events.length;
            }
            lastHigh = seen;
        }
        return recurring ? score * factor : score;
    }

    int stateSize() {
        return events.length + 8;
    }
}
