package dev.firebreak.analysis.evidence;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A metric time series: parallel arrays of epoch milliseconds and values, oldest first. */
public record MetricSeries(String name, Map<String, String> labels, long[] timestamps, double[] values) {

  public MetricSeries {
    if (timestamps.length != values.length) {
      throw new IllegalArgumentException(
          "series " + name + " has " + timestamps.length + " timestamps but " + values.length
              + " values");
    }
    labels = Map.copyOf(labels == null ? Map.of() : labels);
  }

  public int size() {
    return values.length;
  }

  public String describe() {
    return name + new TreeMap<>(labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricSeries other
        && name.equals(other.name)
        && labels.equals(other.labels)
        && Arrays.equals(timestamps, other.timestamps)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return describe() + "[" + values.length + " points]";
  }
}
