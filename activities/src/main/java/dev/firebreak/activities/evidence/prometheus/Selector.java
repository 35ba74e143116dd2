package dev.firebreak.activities.evidence.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The label matchers that pick the alerting service's series, from the first group of labels the
 * alert carries (by default {@code service}+{@code namespace}, else {@code job}+{@code instance}).
 * A group applies only when the alert has its first label: {@code namespace} alone would select
 * every service of the namespace.
 *
 * @param matchers e.g. {@code service="checkout",namespace="shop"}
 * @param by the label names, e.g. {@code service,namespace}
 */
public record Selector(String matchers, String by) {

  /** Empty when the alert has none of the labels: no query would be specific to the service. */
  public static Optional<Selector> from(Map<String, String> labels, List<List<String>> labelGroups) {
    for (List<String> group : labelGroups) {
      if (group.isEmpty() || isBlank(labels.get(group.get(0)))) {
        continue;
      }
      List<String> matchers = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String name : group) {
        String v = labels.get(name);
        if (!isBlank(v)) {
          matchers.add(name + "=\"" + PromQlTemplate.escape(v) + "\"");
          names.add(name);
        }
      }
      return Optional.of(new Selector(String.join(",", matchers), String.join(",", names)));
    }
    return Optional.empty();
  }

  private static boolean isBlank(String v) {
    return v == null || v.isBlank();
  }
}
