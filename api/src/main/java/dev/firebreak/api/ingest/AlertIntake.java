package dev.firebreak.api.ingest;

import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.runtime.BackgroundPriority;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentIds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The alert intake. A delivery is first written to the durable intake buffer (PostgreSQL), so
 * once acknowledged it cannot be lost; then deliveries of one group are coalesced and handed to
 * its incident workflow as ONE signal, one batch in flight per group so the group's order holds.
 * The webhook waits a short while for the hand-over to learn the incident id; past that it
 * answers "queued" — the alerts are safe and go on as soon as Temporal takes them. A failed
 * hand-over is retried; leftovers of a crash are handed over on the next start. Above the
 * configured number of waiting alerts, deliveries are refused with 503 and Retry-After.
 */
@Component
public class AlertIntake implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertIntake.class);
  static final long RETRY_MILLIS = 1000;
  /** More alerts than this waiting for hand-over is a storm: webhooks answer "queued" at once. */
  static final int STORM_PENDING_ALERTS = 100;

  private final IncidentStarter starter;
  private final IntakeLog intakeLog;
  private final long coalesceMillis;
  private final int maxPendingAlerts;
  private final long handoverWaitMillis;
  private final long stormCoalesceMillis;
  private final Map<String, GroupQueue> queues = new HashMap<>();
  private final AtomicInteger pendingAlerts = new AtomicInteger();
  private final ScheduledExecutorService dispatcher = lane("alert-intake", 8);
  /**
   * A group's first hand-over starts its incident. It gets a lane of its own so that, in a storm,
   * a new incident is not queued behind the updates of groups that already have one.
   */
  private final ScheduledExecutorService starts = lane("alert-intake-start", 2);
  /** Groups already handed over at least once (bounded: forgetting one only costs it the start lane). */
  private final Set<String> handedOver = Collections.newSetFromMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > 100_000;
    }
  });

  private static ScheduledExecutorService lane(String name, int threads) {
    return Executors.newScheduledThreadPool(threads, r -> {
      Thread t = BackgroundPriority.lowered(new Thread(r, name));
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * In a storm an incident that already has its workflow takes its updates in larger batches: each
   * hand-over is a workflow task, and fewer of them leave Temporal free to start new incidents.
   */
  private long coalesceFor(String groupKey) {
    return storm() && handedOver.contains(groupKey) ? Math.max(coalesceMillis, stormCoalesceMillis) : coalesceMillis;
  }

  private boolean storm() {
    return pendingAlerts.get() > STORM_PENDING_ALERTS;
  }

  private ScheduledExecutorService laneFor(String groupKey) {
    return handedOver.contains(groupKey) ? dispatcher : starts;
  }

  public AlertIntake(IncidentStarter starter, IntakeLog intakeLog, FirebreakProperties props) {
    this.starter = starter;
    this.intakeLog = intakeLog;
    this.coalesceMillis = props.ingest().coalesceWindow().toMillis();
    this.maxPendingAlerts = props.ingest().maxPendingAlerts();
    this.handoverWaitMillis = props.ingest().handoverWait().toMillis();
    this.stormCoalesceMillis = props.ingest().stormCoalesceWindow().toMillis();
  }

  /** Stores the delivery durably and hands it to its workflow; see the class comment. */
  public IncidentStarter.Accepted submit(AlertGroup group) {
    int size = group.alerts().size();
    int waiting = pendingAlerts.addAndGet(size);
    if (waiting > maxPendingAlerts) {
      pendingAlerts.addAndGet(-size);
      throw ApiException.unavailable("intake is full (" + maxPendingAlerts + " alerts waiting), retry later");
    }
    Pending pending;
    try {
      pending = new Pending(intakeLog.append(group), group, new CompletableFuture<>());
    } catch (RuntimeException e) {
      pendingAlerts.addAndGet(-size);
      throw ApiException.unavailable("the intake buffer cannot store alerts right now, retry later");
    }
    // only a lone delivery waits for its incident id: when others are waiting too, the intake is
    // busy and the sender's next delivery matters more than an id it can look up later
    boolean busy = waiting > size;
    enqueue(pending);
    try {
      return pending.done.get(busy ? 0 : handoverWaitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return new IncidentStarter.Accepted(null, IncidentIds.workflowIdForGroup(group.source(), group.groupKey()),
          size, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted, retry later");
    }
  }

  /** Deliveries a crash left in the buffer go on once the worker runs. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeLeftovers() {
    List<IntakeLog.Entry> left = intakeLog.pending();
    for (IntakeLog.Entry e : left) {
      pendingAlerts.addAndGet(e.group().alerts().size());
      enqueue(new Pending(e.id(), e.group(), new CompletableFuture<>()));
    }
    if (!left.isEmpty()) {
      log.info("handing over {} deliveries left in the intake buffer", left.size());
    }
  }

  private void enqueue(Pending pending) {
    String key = pending.group.groupKey();
    synchronized (queues) {
      GroupQueue q = queues.computeIfAbsent(key, k -> new GroupQueue());
      q.waiting.add(pending);
      if (!q.scheduled) {
        q.scheduled = true;
        laneFor(key).schedule(() -> dispatch(key), coalesceFor(key), TimeUnit.MILLISECONDS);
      }
    }
  }

  private void dispatch(String groupKey) {
    List<Pending> batch;
    synchronized (queues) {
      batch = new ArrayList<>(queues.get(groupKey).waiting);
      queues.get(groupKey).waiting.clear();
    }
    long delay = 0;
    try {
      IncidentStarter.Accepted accepted = starter.ingest(merge(batch));
      intakeLog.remove(batch.stream().map(Pending::id).toList());
      synchronized (queues) {
        handedOver.add(groupKey);
      }
      batch.forEach(p -> p.done.complete(new IncidentStarter.Accepted(accepted.incidentId(),
          accepted.workflowId(), p.group.alerts().size())));
      batch.forEach(p -> pendingAlerts.addAndGet(-p.group.alerts().size()));
    } catch (RuntimeException e) {
      log.warn("hand-over of {} deliveries failed, retrying: {}", batch.size(), e.toString());
      synchronized (queues) {
        // back to the front, in order: nothing is lost and the group's order holds
        Deque<Pending> waiting = queues.get(groupKey).waiting;
        for (int i = batch.size() - 1; i >= 0; i--) {
          waiting.addFirst(batch.get(i));
        }
      }
      delay = RETRY_MILLIS;
    }
    synchronized (queues) {
      GroupQueue q = queues.get(groupKey);
      if (q.waiting.isEmpty()) {
        queues.remove(groupKey);
      } else {
        laneFor(groupKey).schedule(() -> dispatch(groupKey), delay, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Later deliveries win per fingerprint: Alertmanager always sends a group's current state. */
  static AlertGroup merge(List<Pending> batch) {
    AlertGroup first = batch.get(0).group;
    if (batch.size() == 1) {
      return first;
    }
    Map<String, Alert> alerts = new LinkedHashMap<>();
    for (Pending p : batch) {
      p.group.alerts().forEach(a -> alerts.put(a.fingerprint(), a));
    }
    AlertGroup last = batch.get(batch.size() - 1).group;
    return new AlertGroup(first.source(), first.groupKey(), last.status(), first.commonLabels(),
        first.commonAnnotations(), List.copyOf(alerts.values()));
  }

  @Override
  public void close() {
    dispatcher.shutdownNow();
    starts.shutdownNow();
  }

  record Pending(long id, AlertGroup group, CompletableFuture<IncidentStarter.Accepted> done) {}

  private static final class GroupQueue {
    final Deque<Pending> waiting = new ArrayDeque<>();
    boolean scheduled;
  }
}
