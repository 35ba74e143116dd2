package dev.firebreak.activities.evidence.loki;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the LogQL of an incident: a stream selector from its labels, then the line filter. */
final class LogQl {
  private LogQl() {}

  /** Empty when no configured label has a value (Loki needs at least one non-empty matcher). */
  static Optional<String> query(LokiSettings s, String service, Map<String, String> labels) {
    List<String> matchers = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(s.streamLabels()).entrySet()) {
      String value = labels.get(e.getValue());
      if ((value == null || value.isBlank()) && e.getValue().equals("service")) {
        value = service;
      }
      if (value != null && !value.isBlank()) {
        matchers.add(e.getKey() + "=\"" + escape(value) + "\"");
      }
    }
    if (matchers.isEmpty()) {
      return Optional.empty();
    }
    matchers.addAll(s.extraMatchers());
    String selector = "{" + String.join(", ", matchers) + "}";
    return Optional.of(s.lineFilter().isEmpty() ? selector : selector + " " + s.lineFilter());
  }

  /** A LogQL double-quoted string's escapes: backslash, quote, newline. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
