package dev.firebreak.activities.evidence.prometheus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the Prometheus source queries, already checked: every template parsed.
 *
 * @param windowBefore overrides the gatherer's window start when set (null: use the query's)
 * @param selectorLabels label groups that pick the service's series, first usable group wins
 * @param signals signal name → candidate expressions, first with data wins
 * @param alertQueries alertname → (series name → expression) asked only for that alert
 */
public record PrometheusSettings(
    String url,
    String bearerToken,
    Duration timeout,
    Duration step,
    Duration windowBefore,
    Duration windowAfter,
    List<List<String>> selectorLabels,
    Map<String, List<PromQlTemplate>> signals,
    Map<String, Map<String, PromQlTemplate>> alertQueries,
    int maxSeriesPerQuery) {

  public static final List<List<String>> DEFAULT_SELECTOR_LABELS =
      List.of(List.of("service", "namespace"), List.of("job", "instance"));

  /**
   * Compiles configured templates, naming the configuration key of the first bad one.
   *
   * @param keyPrefix the configuration prefix, for messages (e.g. firebreak.evidence.prometheus)
   * @param extraSignals signal name → expression; replaces a built-in signal of that name
   */
  public static Map<String, List<PromQlTemplate>> compileSignals(String keyPrefix,
      boolean builtIn, Map<String, String> extraSignals) {
    Map<String, List<PromQlTemplate>> out = new LinkedHashMap<>();
    if (builtIn) {
      SignalQueries.defaults().forEach((name, exprs) ->
          out.put(name, exprs.stream().map(PromQlTemplate::parse).toList()));
    }
    extraSignals.forEach((name, expr) -> out.put(name,
        List.of(compile(keyPrefix + ".signals." + name, name, expr))));
    return out;
  }

  public static Map<String, Map<String, PromQlTemplate>> compileAlertQueries(String keyPrefix,
      Map<String, Map<String, String>> configured) {
    Map<String, Map<String, PromQlTemplate>> out = new LinkedHashMap<>();
    configured.forEach((alertname, queries) -> {
      Map<String, PromQlTemplate> compiled = new LinkedHashMap<>();
      queries.forEach((name, expr) -> compiled.put(name,
          compile(keyPrefix + ".alert-queries." + alertname + "." + name, name, expr)));
      out.put(alertname, compiled);
    });
    return out;
  }

  private static PromQlTemplate compile(String key, String seriesName, String expr) {
    if (!seriesName.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
      throw new IllegalArgumentException(key + ": '" + seriesName
          + "' is not a valid metric name for the resulting series");
    }
    try {
      return PromQlTemplate.parse(expr);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": bad PromQL template: " + e.getMessage(), e);
    }
  }
}
