package dev.firebreak.activities.evidence.loki;

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
import okhttp3.Credentials;
import dev.firebreak.activities.support.EvidenceHttp;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@code GET /loki/api/v1/query_range} for log queries (result type {@code streams}), newest
 * first. Entries may carry a third element, the structured metadata and parsed labels Loki 3
 * sends with {@code X-Loki-Response-Encoding-Flags: categorize-labels}; both become labels of the
 * entry.
 */
public class LokiClient {
  private final OkHttpClient http;
  private final HttpUrl queryRange;
  private final LokiSettings settings;

  public LokiClient(LokiSettings settings) {
    HttpUrl base = EvidenceHttp.baseUrl(settings.url());
    this.settings = settings;
    this.queryRange = base.newBuilder().addPathSegments("loki/api/v1/query_range").build();
    this.http = EvidenceHttp.client(settings.timeout());
  }

  public static class LokiUnavailable extends IOException {
    public LokiUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** One log entry with the labels of its stream (and its own metadata). */
  public record Entry(Instant ts, String line, Map<String, String> labels) {}

  public List<Entry> queryRange(String logql, Instant start, Instant end, int limit)
      throws LokiUnavailable {
    HttpUrl url = queryRange.newBuilder()
        .addQueryParameter("query", logql)
        .addQueryParameter("start", nanos(start))
        .addQueryParameter("end", nanos(end))
        .addQueryParameter("limit", String.valueOf(limit))
        .addQueryParameter("direction", "backward")
        .build();
    Request.Builder request = new Request.Builder().url(url).get();
    if (settings.tenant() != null) {
      request.header("X-Scope-OrgID", settings.tenant());
    }
    if (settings.bearerToken() != null) {
      request.header("Authorization", "Bearer " + settings.bearerToken());
    } else if (settings.username() != null) {
      request.header("Authorization", Credentials.basic(settings.username(),
          settings.password() == null ? "" : settings.password()));
    }
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw new LokiUnavailable("Loki answered " + response.code() + " on " + queryRange.encodedPath()
            + ": " + excerpt(text), null);
      }
      return parse(text);
    } catch (InterruptedIOException e) {
      throw new LokiUnavailable("Loki at " + queryRange + " timed out", e);
    } catch (LokiUnavailable e) {
      throw e;
    } catch (IOException e) {
      throw new LokiUnavailable("Loki at " + queryRange + " unreachable: " + e, e);
    }
  }

  static List<Entry> parse(String text) throws LokiUnavailable {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new LokiUnavailable("Loki answered something that is not JSON", e);
    }
    if (root == null || !"success".equals(root.path("status").asText())) {
      throw new LokiUnavailable("Loki answered status " + (root == null ? "?" : root.path("status").asText()), null);
    }
    JsonNode data = root.path("data");
    if (!"streams".equals(data.path("resultType").asText())) {
      throw new LokiUnavailable("expected a streams result, got " + data.path("resultType").asText()
          + " (a metric query?)", null);
    }
    List<Entry> out = new ArrayList<>();
    for (JsonNode stream : data.path("result")) {
      Map<String, String> labels = new TreeMap<>();
      stream.path("stream").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
      for (JsonNode value : stream.path("values")) {
        Map<String, String> own = labels;
        JsonNode meta = value.get(2);
        if (meta != null && meta.isObject()) {
          own = new TreeMap<>(labels);
          for (String group : List.of("structuredMetadata", "parsed")) {
            Map<String, String> target = own;
            meta.path(group).fields().forEachRemaining(f -> target.put(f.getKey(), f.getValue().asText()));
          }
        }
        out.add(new Entry(instant(value.path(0).asText()), value.path(1).asText(), own));
      }
    }
    return out;
  }

  private static Instant instant(String nanos) {
    long n = Long.parseLong(nanos);
    return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
  }

  static String nanos(Instant t) {
    return t.getEpochSecond() + String.format("%09d", t.getNano());
  }

  private static String excerpt(String body) {
    String b = body.strip();
    return b.length() > 200 ? b.substring(0, 200) + "…" : b;
  }
}
