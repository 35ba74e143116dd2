package dev.firebreak.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesShiftTest {

  static long[] ts(int n) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 15_000L;
    }
    return t;
  }

  static double[] levels(int n, double base, double after, int at) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (i >= at ? after : base) + (i % 3) * 0.002;
    }
    return v;
  }

  @Test
  void findsTheOnsetOfASustainedLevelShift() {
    var shift = SeriesShift.detect(ts(60), levels(60, 0.12, 0.6, 40)).orElseThrow();

    assertThat(shift.onsetIndex()).isEqualTo(40);
    assertThat(shift.up()).isTrue();
    assertThat(shift.relativeChange()).isGreaterThan(3.5);
    assertThat(shift.describeChange()).startsWith("+");
  }

  @Test
  void findsADrop() {
    var shift = SeriesShift.detect(ts(60), levels(60, 1.0, 0.0, 45)).orElseThrow();

    assertThat(shift.up()).isFalse();
    assertThat(shift.onsetMillis()).isEqualTo(45 * 15_000L);
  }

  @Test
  void aSingleBlipIsNotAShift() {
    double[] v = levels(60, 0.12, 0.12, 0);
    v[50] = 3.0;
    v[51] = 2.0;

    assertThat(SeriesShift.detect(ts(60), v)).isEmpty();
  }

  @Test
  void smallWobbleIsNotAShift() {
    assertThat(SeriesShift.detect(ts(60), levels(60, 100, 105, 30))).isEmpty();
  }

  @Test
  void tooFewPointsSayNothing() {
    assertThat(SeriesShift.detect(ts(5), levels(5, 1, 10, 3))).isEmpty();
  }
}
