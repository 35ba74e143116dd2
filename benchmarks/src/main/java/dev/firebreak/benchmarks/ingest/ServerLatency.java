package dev.firebreak.benchmarks.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook's latency as the server measured it (its request-time histogram), so a slow answer
 * can be told apart from a slow load client: the two share the machine.
 */
final class ServerLatency {
  private static final Pattern BUCKET = Pattern.compile(
      "^http_server_requests_seconds_bucket\\{(.*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  /** Cumulative request counts per upper bound in seconds, for the Alertmanager webhook. */
  static Map<Double, Double> snapshot(String base) throws Exception {
    String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    Map<Double, Double> buckets = new TreeMap<>();
    Matcher m = BUCKET.matcher(text);
    while (m.find()) {
      if (!m.group(1).contains("uri=\"/api/v1/alerts/alertmanager\"")) {
        continue;
      }
      Matcher le = LE.matcher(m.group(1));
      if (le.find()) {
        double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
        buckets.merge(bound, Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return buckets;
  }

  /** The upper bound, in ms, of the bucket holding quantile q of the requests between two snapshots. */
  static double quantileMillis(Map<Double, Double> before, Map<Double, Double> after, double q) {
    double total = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    for (Map.Entry<Double, Double> e : after.entrySet()) {
      double count = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
      if (count >= q * total) {
        return e.getKey() * 1000;
      }
    }
    return Double.NaN;
  }

  private ServerLatency() {
  }
}
