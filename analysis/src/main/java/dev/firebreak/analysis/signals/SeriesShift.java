package dev.firebreak.analysis.signals;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds where a series left its baseline and stayed away: the onset of a sustained shift.
 *
 * <p>The baseline is the robust centre (median, MAD) of the series' first part; an onset is the
 * first point from which {@value #SUSTAIN} points in a row deviate in the same direction by more
 * than {@value #MAD_FACTOR} scaled MADs and by a relative margin, so a single blip is not a shift.
 */
public final class SeriesShift {

  static final int SUSTAIN = 3;
  static final double MAD_FACTOR = 4.0;
  static final double MIN_RELATIVE = 0.2;
  static final double BASELINE_SHARE = 0.35;
  static final int MIN_POINTS = 8;

  private SeriesShift() {}

  /** A sustained shift: baseline and shifted medians and when it began. */
  public record Shift(long onsetMillis, int onsetIndex, double baseline, double shifted) {

    public boolean up() {
      return shifted > baseline;
    }

    /** Relative change, e.g. 0.48 for +48%; for a zero baseline the absolute change. */
    public double relativeChange() {
      return baseline == 0 ? shifted - baseline : (shifted - baseline) / Math.abs(baseline);
    }

    public String describeChange() {
      double rel = relativeChange();
      if (baseline == 0) {
        return String.format("%.3g → %.3g", baseline, shifted);
      }
      return String.format("%+.0f%%", rel * 100);
    }
  }

  public static Optional<Shift> detect(long[] ts, double[] values) {
    int n = values.length;
    if (n < MIN_POINTS) {
      return Optional.empty();
    }
    int baseEnd = Math.max(4, (int) Math.round(n * BASELINE_SHARE));
    double[] base = Arrays.copyOfRange(values, 0, baseEnd);
    double median = median(base);
    double mad = 1.4826 * median(absDeviations(base, median));
    double spread = Math.max(mad, Math.max(Math.abs(median) * 0.02, 1e-9));
    for (int i = baseEnd; i + SUSTAIN <= n; i++) {
      int direction = deviation(values[i], median, spread);
      if (direction == 0) {
        continue;
      }
      boolean sustained = true;
      for (int k = 1; k < SUSTAIN && sustained; k++) {
        sustained = deviation(values[i + k], median, spread) == direction;
      }
      if (sustained) {
        double shifted = median(Arrays.copyOfRange(values, i, n));
        return Optional.of(new Shift(ts[i], i, median, shifted));
      }
    }
    return Optional.empty();
  }

  /** Maximum of the values at or after {@code fromMillis}; NaN when there are none. */
  public static double maxSince(long[] ts, double[] values, long fromMillis) {
    double max = Double.NaN;
    for (int i = 0; i < ts.length; i++) {
      if (ts[i] >= fromMillis && (Double.isNaN(max) || values[i] > max)) {
        max = values[i];
      }
    }
    return max;
  }

  private static int deviation(double value, double median, double spread) {
    double delta = value - median;
    boolean far = Math.abs(delta) > MAD_FACTOR * spread;
    boolean relevant =
        median == 0 ? Math.abs(delta) > spread : Math.abs(delta) / Math.abs(median) > MIN_RELATIVE;
    if (!far || !relevant) {
      return 0;
    }
    return delta > 0 ? 1 : -1;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double[] absDeviations(double[] values, double median) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.abs(values[i] - median);
    }
    return out;
  }
}
