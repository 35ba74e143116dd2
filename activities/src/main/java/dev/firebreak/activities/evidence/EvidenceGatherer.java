package dev.firebreak.activities.evidence;

import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.EvidenceActivities;
import dev.firebreak.workflows.incident.EvidenceSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.activity.Activity;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks every source in parallel, each bounded by a timeout, and stores what they return. */
public class EvidenceGatherer implements EvidenceActivities {
  private static final Logger log = LoggerFactory.getLogger(EvidenceGatherer.class);

  private final List<EvidenceSource> sources;
  private final EvidenceStore store;
  private final EvidenceWindow window;
  private final Duration sourceTimeout;
  private final MeterRegistry metrics;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "evidence-source");
    t.setDaemon(true);
    return t;
  });

  public EvidenceGatherer(List<EvidenceSource> sources, EvidenceStore store, EvidenceWindow window,
      Duration sourceTimeout, MeterRegistry metrics) {
    this.metrics = metrics;
    this.sources = List.copyOf(sources);
    this.store = store;
    this.window = window;
    this.sourceTimeout = sourceTimeout;
  }

  /** How far before and after the alert time evidence is gathered. */
  public record EvidenceWindow(Duration before, Duration after) {}

  @Override
  public GatherResult gatherEvidence(GatherRequest request) {
    Instant alertTime = request.alertTime();
    EvidenceQuery query = new EvidenceQuery(request.incidentId(), request.service(), alertTime,
        alertTime.minus(window.before()), alertTime.plus(window.after()), request.labels(),
        request.alerts());
    List<Evidence> all = new ArrayList<>();
    all.add(alertEvidence(request));
    List<SourceFailure> unavailable = new ArrayList<>();
    List<Future<List<Evidence>>> futures = new ArrayList<>();
    for (EvidenceSource source : sources) {
      futures.add(pool.submit(() -> timed(source, query)));
    }
    long deadline = System.nanoTime() + sourceTimeout.toNanos();
    for (int i = 0; i < sources.size(); i++) {
      EvidenceSource source = sources.get(i);
      try {
        List<Evidence> items = awaitWithHeartbeats(futures.get(i), deadline);
        count(source, "ok");
        int n = 1;
        for (Evidence e : items) {
          all.add(withId(e, "ev-" + source.name() + "-" + n++));
        }
      } catch (TimeoutException e) {
        futures.get(i).cancel(true);
        count(source, "timeout");
        unavailable.add(new SourceFailure(source.name(), "timed out after " + sourceTimeout.toSeconds() + "s"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while gathering evidence", e);
      } catch (Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        count(source, "error");
        log.warn("evidence source {} failed: {}", source.name(), cause.toString());
        unavailable.add(new SourceFailure(source.name(), cause.getClass().getSimpleName() + ": "
            + cause.getMessage()));
      }
    }
    store.saveAll(request.incidentId(), all);
    return new GatherResult(all.stream().map(EvidenceSummary::of).toList(), unavailable);
  }

  /**
   * Waits for a source in one-second slices, heartbeating between them, so a worker that dies
   * mid-gather is noticed within the heartbeat timeout rather than the whole activity timeout.
   */
  private static List<Evidence> awaitWithHeartbeats(Future<List<Evidence>> future, long deadline)
      throws Exception {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException();
      }
      try {
        return future.get(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException slice) {
        heartbeat();
      }
    }
  }

  private static void heartbeat() {
    try {
      Activity.getExecutionContext().heartbeat(null);
    } catch (IllegalStateException outsideAnActivity) {
      // called directly (tests, benchmarks): nobody to tell
    }
  }

  private List<Evidence> timed(EvidenceSource source, EvidenceQuery query) throws Exception {
    Timer.Sample sample = Timer.start(metrics);
    try {
      return source.collect(query);
    } finally {
      sample.stop(metrics.timer("firebreak.evidence.source.latency", "source", source.name()));
    }
  }

  private void count(EvidenceSource source, String outcome) {
    metrics.counter("firebreak.evidence.source.requests", "source", source.name(), "outcome", outcome).increment();
  }

  private static Evidence alertEvidence(GatherRequest r) {
    String alerts = r.alerts().stream()
        .map(a -> a.alertname() + " " + a.status() + " since " + a.startsAt())
        .collect(Collectors.joining("; "));
    String summary = r.alerts().stream().map(Alert::annotations)
        .map(a -> a.getOrDefault("summary", ""))
        .filter(s -> !s.isBlank()).findFirst().orElse("");
    return new Evidence("ev-alert", EvidenceKind.ALERT, "alert", r.service(),
        (alerts.isEmpty() ? "declared by hand" : alerts) + (summary.isEmpty() ? "" : " — " + summary),
        r.alertTime(), r.alertTime(), "labels " + r.labels(), null, null, null);
  }

  private static Evidence withId(Evidence e, String id) {
    return new Evidence(id, e.kind(), e.source(), e.service(), e.summary(), e.windowStart(),
        e.windowEnd(), e.query(), e.series(), e.logs(), e.deploy());
  }
}
