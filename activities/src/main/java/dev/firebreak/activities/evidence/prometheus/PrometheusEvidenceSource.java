package dev.firebreak.activities.evidence.prometheus;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.activities.evidence.prometheus.PrometheusClient.QueryRejected;
import dev.firebreak.activities.evidence.prometheus.PrometheusClient.RangeSeries;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.MetricSeries;
import dev.firebreak.workflows.incident.Alert;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metric evidence from Prometheus around the alert: the standard signals of the alerting service
 * (traffic, errors, latency, saturation), the expressions configured for the alert's name, and the
 * alert's own expression from its generatorURL. Each resulting series is one METRIC item.
 *
 * <p>A server that cannot answer fails the whole call, which the gatherer reports as "source
 * unavailable"; a single expression Prometheus rejects is skipped so the others still count.
 */
public class PrometheusEvidenceSource implements EvidenceSource {
  private static final Logger log = LoggerFactory.getLogger(PrometheusEvidenceSource.class);
  /** Prometheus refuses range queries of more than 11,000 points per series. */
  private static final int MAX_POINTS = 10_000;

  private final PrometheusSettings settings;
  private final PrometheusClient client;

  public PrometheusEvidenceSource(PrometheusSettings settings) {
    this(settings, new PrometheusClient(settings.url(), settings.timeout(), settings.bearerToken()));
  }

  PrometheusEvidenceSource(PrometheusSettings settings, PrometheusClient client) {
    this.settings = settings;
    this.client = client;
  }

  @Override
  public String name() {
    return "prometheus";
  }

  @Override
  public List<Evidence> collect(EvidenceQuery q) throws IOException {
    Window w = window(q);
    Asker asker = new Asker(q, w);
    Optional<Selector> selector = Selector.from(q.labels(), settings.selectorLabels());
    if (selector.isPresent()) {
      for (Map.Entry<String, List<PromQlTemplate>> signal : settings.signals().entrySet()) {
        for (PromQlTemplate candidate : signal.getValue()) {
          Optional<String> expr = candidate.render(q.labels(), selector.get());
          if (expr.isPresent() && asker.ask(signal.getKey(), expr.get()) > 0) {
            break;
          }
        }
      }
    }
    Selector none = selector.orElse(new Selector("", ""));
    for (Alert alert : alertsOf(q)) {
      Map<String, String> labels = new HashMap<>(q.labels());
      labels.putAll(alert.labels());
      Map<String, PromQlTemplate> perAlert = settings.alertQueries().getOrDefault(
          alert.alertname(), Map.of());
      for (Map.Entry<String, PromQlTemplate> t : perAlert.entrySet()) {
        Optional<String> expr = t.getValue().render(labels, Selector.from(labels,
            settings.selectorLabels()).orElse(none));
        if (expr.isPresent()) {
          asker.ask(t.getKey(), expr.get());
        }
      }
      Optional<String> own = GeneratorUrl.expression(alert.generatorUrl());
      if (own.isPresent()) {
        asker.ask("alert_expression:" + alert.alertname(), own.get());
      }
    }
    asker.failIfNothingAnswered();
    return asker.evidence;
  }

  private record Window(Instant from, Instant to, Duration step) {}

  private Window window(EvidenceQuery q) {
    Instant from = settings.windowBefore() == null ? q.from() : q.alertTime().minus(settings.windowBefore());
    Instant to = settings.windowAfter() == null ? q.to() : q.alertTime().plus(settings.windowAfter());
    long minStepMillis = Math.max(1000, Duration.between(from, to).toMillis() / MAX_POINTS);
    long step = Math.max(settings.step().toMillis(), minStepMillis);
    // on the step's grid, samples land on the times they were scraped at instead of being
    // carried over from an earlier scrape: what a graph of the same series shows
    Instant alignedFrom = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step) * step);
    return new Window(alignedFrom, to, Duration.ofMillis(step));
  }

  /** One distinct alert per alertname with the labels it fired with; the incident's labels if none. */
  private static List<Alert> alertsOf(EvidenceQuery q) {
    Map<String, Alert> byName = new TreeMap<>();
    for (Alert a : q.alerts()) {
      if (a.alertname() != null) {
        byName.putIfAbsent(a.alertname() + "|" + a.generatorUrl(), a);
      }
    }
    if (byName.isEmpty() && q.labels().containsKey("alertname")) {
      return List.of(new Alert(null, "firing", q.labels(), Map.of(), q.alertTime(), null, null));
    }
    return new ArrayList<>(byName.values());
  }

  /** Runs expressions once each and turns results into evidence, remembering what was rejected. */
  private final class Asker {
    private final EvidenceQuery q;
    private final Window w;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<String> rejected = new ArrayList<>();

    Asker(EvidenceQuery q, Window w) {
      this.q = q;
      this.w = w;
    }

    /** @return how many series the expression returned (0 when rejected or already asked) */
    int ask(String seriesName, String expr) throws IOException {
      if (!asked.add(expr)) {
        return 0;
      }
      List<RangeSeries> result;
      try {
        result = client.queryRange(expr, w.from(), w.to(), w.step());
      } catch (QueryRejected e) {
        log.warn("prometheus: skipping {} = {}: {}", seriesName, expr, e.getMessage());
        rejected.add(seriesName + ": " + e.getMessage());
        return 0;
      }
      int added = 0;
      for (RangeSeries rs : result) {
        if (rs.values().length == 0) {
          continue;
        }
        if (added == settings.maxSeriesPerQuery()) {
          log.info("prometheus: {} returned more than {} series; the rest are left out", seriesName,
              settings.maxSeriesPerQuery());
          break;
        }
        evidence.add(Evidence.metric(null, name(), series(seriesName, rs), w.from(), w.to(),
            expr + " [" + w.from() + " .. " + w.to() + ", step " + w.step().toSeconds() + "s]"));
        added++;
      }
      return added;
    }

    private MetricSeries series(String seriesName, RangeSeries rs) {
      Map<String, String> labels = new TreeMap<>(rs.labels());
      String metricName = labels.remove("__name__");
      // the rules group series by service; an aggregated expression may have dropped the label
      if (!labels.containsKey("service") && q.service() != null && !q.service().isBlank()) {
        labels.put("service", q.service());
      }
      String name = seriesName.startsWith("alert_expression:") && metricName != null
          ? metricName : seriesName;
      return new MetricSeries(name, labels, rs.timestampsMillis(), rs.values());
    }

    void failIfNothingAnswered() throws QueryRejected {
      if (!asked.isEmpty() && rejected.size() == asked.size()) {
        throw new QueryRejected("Prometheus rejected every query, e.g. " + rejected.get(0));
      }
    }
  }
}
