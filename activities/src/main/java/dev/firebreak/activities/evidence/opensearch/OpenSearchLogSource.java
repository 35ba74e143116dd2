package dev.firebreak.activities.evidence.opensearch;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.evidence.LogLine;
import dev.firebreak.analysis.logs.LogTemplate;
import dev.firebreak.analysis.logs.TemplateMiner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Error and warning logs of the alerting service from OpenSearch over the evidence window: one
 * LOGS item with the newest {@code maxLines} lines (oldest first, as the rules read them), whose
 * summary gives the total per level and the most frequent messages.
 *
 * <p>No matching index is no evidence, not a failure; an unreachable cluster, a timeout or an
 * error answer makes the source unavailable.
 */
public class OpenSearchLogSource implements EvidenceSource, AutoCloseable {
  private static final String LEVELS = "levels";
  private static final String MESSAGES = "messages";

  private final OpenSearchLogSettings settings;
  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  public OpenSearchLogSource(OpenSearchLogSettings settings) {
    this.settings = settings;
    this.transport = transport(settings);
    this.client = new OpenSearchClient(transport);
  }

  /** A cluster that cannot answer the search. */
  public static class OpenSearchUnavailable extends IOException {
    public OpenSearchUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) throws OpenSearchUnavailable {
    if (q.service() == null || q.service().isBlank()) {
      return List.of();
    }
    SearchRequest request = request(q);
    SearchResponse<Map> response;
    try {
      response = client.search(request, Map.class);
    } catch (OpenSearchException e) {
      throw new OpenSearchUnavailable("OpenSearch refused the search on " + settings.indexPattern()
          + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new OpenSearchUnavailable("OpenSearch at " + settings.url() + " unreachable or timed out: "
          + e, e);
    }
    long total = response.hits().total() == null ? response.hits().hits().size()
        : response.hits().total().value();
    if (total == 0) {
      return List.of();
    }
    List<LogLine> lines = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      LogLine line = line(hit.source(), q.service());
      if (line != null) {
        lines.add(line);
      }
    }
    lines.sort(Comparator.comparing(LogLine::ts));
    String query = describe(q);
    String summary = summary(q.service(), total, lines, response.aggregations());
    return List.of(new Evidence(null, EvidenceKind.LOGS, name(), q.service(), summary, q.from(),
        q.to(), query, null, lines, null));
  }

  SearchRequest request(EvidenceQuery q) {
    List<Query> levelQueries = settings.levels().stream()
        .map(l -> Query.of(x -> x.term(t -> t.field(settings.levelField()).value(FieldValue.of(l))
            .caseInsensitive(true))))
        .toList();
    Query query = Query.of(x -> x.bool(b -> b
        .filter(Query.of(f -> f.range(r -> r.field(settings.timestampField())
            .gte(JsonData.of(q.from().toString())).lte(JsonData.of(q.to().toString())))))
        .filter(Query.of(f -> f.term(t -> t.field(settings.serviceField())
            .value(FieldValue.of(q.service())))))
        .filter(Query.of(f -> f.bool(l -> l.should(levelQueries).minimumShouldMatch("1"))))));
    return SearchRequest.of(s -> {
      s.index(List.of(settings.indexPattern().split("\\s*,\\s*")))
          .ignoreUnavailable(true)
          .allowNoIndices(true)
          .size(settings.maxLines())
          .trackTotalHits(t -> t.enabled(true))
          .query(query)
          .sort(o -> o.field(f -> f.field(settings.timestampField()).order(SortOrder.Desc)))
          .source(src -> src.filter(f -> f.includes(settings.timestampField(),
              settings.serviceField(), settings.levelField(), settings.messageField())))
          .aggregations(LEVELS, a -> a.terms(t -> t.field(settings.levelField()).size(20)));
      if (settings.messageKeywordField() != null) {
        s.aggregations(MESSAGES, a -> a.terms(t -> t.field(settings.messageKeywordField())
            .size(settings.topMessages())));
      }
      return s;
    });
  }

  private String summary(String service, long total, List<LogLine> lines,
      Map<String, Aggregate> aggs) {
    // "ERROR" and "error" are one level to a reader
    Map<String, Long> byLevel = new java.util.LinkedHashMap<>();
    buckets(aggs.get(LEVELS)).forEach(b -> byLevel.merge(b.key().toUpperCase(Locale.ROOT),
        b.docCount(), Long::sum));
    String perLevel = byLevel.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    String top;
    if (aggs.containsKey(MESSAGES)) {
      top = buckets(aggs.get(MESSAGES)).stream()
          .map(b -> "\"" + shorten(b.key()) + "\" ×" + b.docCount())
          .collect(Collectors.joining(", "));
    } else {
      TemplateMiner miner = new TemplateMiner();
      lines.forEach(l -> miner.add(l.message()));
      top = miner.templates().stream()
          .sorted(Comparator.comparingLong(LogTemplate::count).reversed())
          .limit(settings.topMessages())
          .map(t -> "\"" + shorten(t.template()) + "\" ×" + t.count())
          .collect(Collectors.joining(", "));
      if (lines.size() < total) {
        top += " (in the newest " + lines.size() + ")";
      }
    }
    return total + " error/warning log lines for " + service
        + (perLevel.isEmpty() ? "" : " (" + perLevel + ")") + "; top: " + top;
  }

  private static List<StringTermsBucket> buckets(Aggregate a) {
    return a != null && a.isSterms() ? a.sterms().buckets().array() : List.of();
  }

  private LogLine line(Map<?, ?> source, String service) {
    if (source == null) {
      return null;
    }
    Object ts = field(source, settings.timestampField());
    Instant at = instant(ts);
    if (at == null) {
      return null;
    }
    Object level = field(source, settings.levelField());
    Object message = field(source, settings.messageField());
    return new LogLine(at, service, level == null ? "" : level.toString().toUpperCase(Locale.ROOT),
        message == null ? "" : message.toString());
  }

  /** A dotted field from either nested objects ({"log":{"level":…}}) or a flat key ("log.level"). */
  static Object field(Map<?, ?> source, String path) {
    if (source.containsKey(path)) {
      return source.get(path);
    }
    int dot = path.indexOf('.');
    while (dot > 0) {
      Object inner = source.get(path.substring(0, dot));
      if (inner instanceof Map<?, ?> m) {
        Object v = field(m, path.substring(dot + 1));
        if (v != null) {
          return v;
        }
      }
      dot = path.indexOf('.', dot + 1);
    }
    return null;
  }

  private static Instant instant(Object v) {
    if (v instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    if (v == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(v.toString()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(v.toString());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private String describe(EvidenceQuery q) {
    return "GET " + settings.indexPattern() + "/_search " + settings.serviceField() + ":\""
        + q.service() + "\" AND " + settings.levelField() + ":(" + String.join(" OR ", settings.levels())
        + ") [" + q.from() + " .. " + q.to() + "], newest " + settings.maxLines();
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  private static OpenSearchTransport transport(OpenSearchLogSettings s) {
    HttpHost host;
    try {
      host = HttpHost.create(s.url().replaceAll("/+$", ""));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + s.url(), e);
    }
    Timeout timeout = Timeout.of(s.timeout());
    return ApacheHttpClient5TransportBuilder.builder(host)
        .setMapper(new JacksonJsonpMapper())
        .setRequestConfigCallback(rc -> rc.setResponseTimeout(timeout)
            .setConnectionRequestTimeout(timeout))
        .setHttpClientConfigCallback(hc -> {
          if (s.username() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                new UsernamePasswordCredentials(s.username(),
                    (s.password() == null ? "" : s.password()).toCharArray()));
            hc.setDefaultCredentialsProvider(credentials);
          }
          return hc;
        })
        .build();
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
