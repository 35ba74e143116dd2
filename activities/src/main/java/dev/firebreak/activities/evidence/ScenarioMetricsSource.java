package dev.firebreak.activities.evidence;

import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Metric series loaded from scenario files, served like a metrics backend would: every series
 * cut to the requested window. Used by the demo, the scenario benchmark and tests.
 */
public class ScenarioMetricsSource implements EvidenceSource {
  private final List<MetricSeries> series = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "scenario";
  }

  public void load(List<MetricSeries> loaded) {
    series.addAll(loaded);
  }

  public void clear() {
    series.clear();
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) {
    List<Evidence> out = new ArrayList<>();
    long from = q.from().toEpochMilli();
    long to = q.to().toEpochMilli();
    for (MetricSeries s : series) {
      MetricSeries window = crop(s, from, to);
      if (window.size() > 0) {
        out.add(Evidence.metric(null, name(), window, q.from(), q.to(), window.describe()));
      }
    }
    return out;
  }

  static MetricSeries crop(MetricSeries s, long from, long to) {
    int first = 0;
    while (first < s.size() && s.timestamps()[first] < from) {
      first++;
    }
    int last = first;
    while (last < s.size() && s.timestamps()[last] <= to) {
      last++;
    }
    return new MetricSeries(s.name(), s.labels(),
        java.util.Arrays.copyOfRange(s.timestamps(), first, last),
        java.util.Arrays.copyOfRange(s.values(), first, last));
  }
}
