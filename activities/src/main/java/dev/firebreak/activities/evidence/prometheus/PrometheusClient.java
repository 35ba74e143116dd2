package dev.firebreak.activities.evidence.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import dev.firebreak.activities.support.EvidenceHttp;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Range queries against the Prometheus HTTP API ({@code POST /api/v1/query_range}, form encoded
 * so long expressions fit). A query Prometheus rejects ({@code bad_data}, {@code execution}) is a
 * {@link QueryRejected}; anything that says the server cannot answer (unreachable, timeout, 5xx,
 * 401/403/404) is a {@link PrometheusUnavailable}.
 */
public class PrometheusClient {
  private final OkHttpClient http;
  private final HttpUrl queryRange;
  private final String bearerToken;

  public PrometheusClient(String baseUrl, Duration timeout, String bearerToken) {
    HttpUrl base = EvidenceHttp.baseUrl(baseUrl);
    this.queryRange = base.newBuilder().addPathSegments("api/v1/query_range").build();
    this.bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken;
    this.http = EvidenceHttp.client(timeout);
  }

  /** One series of a range result; non-finite samples (NaN from an idle histogram) are dropped. */
  public record RangeSeries(Map<String, String> labels, long[] timestampsMillis, double[] values) {}

  public static class PrometheusUnavailable extends IOException {
    public PrometheusUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static class QueryRejected extends IOException {
    public QueryRejected(String message) {
      super(message);
    }
  }

  public List<RangeSeries> queryRange(String promql, Instant start, Instant end, Duration step)
      throws IOException {
    FormBody form = new FormBody.Builder()
        .add("query", promql)
        .add("start", seconds(start))
        .add("end", seconds(end))
        .add("step", String.valueOf(step.toMillis() / 1000.0))
        .build();
    Request.Builder request = new Request.Builder().url(queryRange).post(form);
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      int code = response.code();
      if (code == 400 || code == 422) {
        throw new QueryRejected("Prometheus rejected the query (" + code + "): " + error(text));
      }
      if (!response.isSuccessful()) {
        throw new PrometheusUnavailable("Prometheus answered " + code + " on " + queryRange
            + ": " + error(text), null);
      }
      return parse(text);
    } catch (InterruptedIOException e) {
      throw new PrometheusUnavailable("Prometheus at " + queryRange + " timed out", e);
    } catch (QueryRejected | PrometheusUnavailable e) {
      throw e;
    } catch (IOException e) {
      throw new PrometheusUnavailable("Prometheus at " + queryRange + " unreachable: " + e, e);
    }
  }

  static List<RangeSeries> parse(String text) throws PrometheusUnavailable {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new PrometheusUnavailable("Prometheus answered something that is not JSON", e);
    }
    if (!"success".equals(root.path("status").asText())) {
      throw new PrometheusUnavailable("Prometheus answered status " + root.path("status").asText()
          + ": " + root.path("error").asText(), null);
    }
    JsonNode data = root.path("data");
    if (!"matrix".equals(data.path("resultType").asText())) {
      throw new PrometheusUnavailable("expected a matrix result, got "
          + data.path("resultType").asText(), null);
    }
    List<RangeSeries> out = new ArrayList<>();
    for (JsonNode series : data.path("result")) {
      Map<String, String> labels = new TreeMap<>();
      series.path("metric").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
      JsonNode values = series.path("values");
      long[] ts = new long[values.size()];
      double[] vs = new double[values.size()];
      int n = 0;
      for (JsonNode pair : values) {
        double v = sample(pair.get(1).asText());
        if (Double.isFinite(v)) {
          ts[n] = Math.round(pair.get(0).asDouble() * 1000);
          vs[n] = v;
          n++;
        }
      }
      out.add(new RangeSeries(labels, java.util.Arrays.copyOf(ts, n), java.util.Arrays.copyOf(vs, n)));
    }
    return out;
  }

  /** Prometheus writes samples as strings, including "NaN", "+Inf" and "-Inf". */
  private static double sample(String s) {
    return switch (s) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  private static String error(String body) {
    try {
      JsonNode root = Json.MAPPER.readTree(body);
      if (root != null && root.has("error")) {
        return root.path("errorType").asText() + ": " + root.path("error").asText();
      }
    } catch (IOException ignored) {
      // not JSON: fall through to a short excerpt
    }
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private static String seconds(Instant t) {
    return String.format(java.util.Locale.ROOT, "%.3f", t.toEpochMilli() / 1000.0);
  }
}
