package dev.firebreak.api.ingest;

import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Alert;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Coalesces deliveries per alert group: deliveries of one group that arrive within a few
 * milliseconds, or while the previous batch of that group is being handed to Temporal, go as ONE
 * signal. One batch is in flight per group, so a group's alerts keep their order; a delivery is
 * acknowledged only once its batch is durably in the workflow's history. Above the configured
 * number of waiting alerts, deliveries are refused with 503 and Retry-After (senders retry) rather
 * than accepted and lost.
 */
@Component
public class AlertIntake implements AutoCloseable {
  private final IncidentStarter starter;
  private final long coalesceMillis;
  private final int maxPendingAlerts;
  private final long handoverTimeoutMillis;
  private final Map<String, GroupQueue> queues = new LinkedHashMap<>();
  private final AtomicInteger pendingAlerts = new AtomicInteger();
  private final ScheduledExecutorService dispatcher = Executors.newScheduledThreadPool(
      Math.max(4, Runtime.getRuntime().availableProcessors() * 4), r -> {
        Thread t = new Thread(r, "alert-intake");
        t.setDaemon(true);
        return t;
      });

  public AlertIntake(IncidentStarter starter, FirebreakProperties props) {
    this.starter = starter;
    this.coalesceMillis = props.ingest().coalesceWindow().toMillis();
    this.maxPendingAlerts = props.ingest().maxPendingAlerts();
    this.handoverTimeoutMillis = props.ingest().handoverTimeout().toMillis();
  }

  /** Hands the group's alerts to its incident workflow; returns once they are durably signalled. */
  public IncidentStarter.Accepted submit(AlertGroup group) {
    int size = group.alerts().size();
    if (pendingAlerts.addAndGet(size) > maxPendingAlerts) {
      pendingAlerts.addAndGet(-size);
      throw ApiException.unavailable("intake is full (" + maxPendingAlerts + " alerts waiting), retry later");
    }
    Pending pending = new Pending(group, new CompletableFuture<>());
    synchronized (queues) {
      GroupQueue q = queues.computeIfAbsent(group.groupKey(), k -> new GroupQueue());
      q.waiting.add(pending);
      if (!q.scheduled) {
        q.scheduled = true;
        dispatcher.schedule(() -> dispatch(group.groupKey()), coalesceMillis, TimeUnit.MILLISECONDS);
      }
    }
    try {
      return pending.done.get(handoverTimeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw ApiException.unavailable("the workflow service did not take the alerts in time, retry later");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted, retry later");
    }
  }

  private void dispatch(String groupKey) {
    List<Pending> batch;
    synchronized (queues) {
      GroupQueue q = queues.get(groupKey);
      batch = new ArrayList<>(q.waiting);
      q.waiting.clear();
    }
    try {
      IncidentStarter.Accepted accepted = starter.ingest(merge(batch));
      batch.forEach(p -> p.done.complete(new IncidentStarter.Accepted(accepted.incidentId(),
          accepted.workflowId(), p.group.alerts().size())));
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done.completeExceptionally(e));
    } finally {
      batch.forEach(p -> pendingAlerts.addAndGet(-p.group.alerts().size()));
      synchronized (queues) {
        GroupQueue q = queues.get(groupKey);
        if (q.waiting.isEmpty()) {
          queues.remove(groupKey);
        } else {
          // deliveries arrived while this batch was in flight: they go next, in order
          dispatcher.execute(() -> dispatch(groupKey));
        }
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

  int pendingAlerts() {
    return pendingAlerts.get();
  }

  @Override
  public void close() {
    dispatcher.shutdownNow();
  }

  record Pending(AlertGroup group, CompletableFuture<IncidentStarter.Accepted> done) {}

  private static final class GroupQueue {
    final Deque<Pending> waiting = new ArrayDeque<>();
    boolean scheduled;
  }
}
