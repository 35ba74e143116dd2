package dev.firebreak.activities.evidence;

import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.LogLine;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deploys and log lines pushed by CD systems and log shippers, kept per service in memory and
 * bounded: the oldest entries go first. Evidence taken from here is stored with the incident.
 */
public class ContextStore {
  private final int maxDeploysPerService;
  private final int maxLogsPerService;
  private final Map<String, Deque<Deploy>> deploys = new ConcurrentHashMap<>();
  private final Map<String, Deque<LogLine>> logs = new ConcurrentHashMap<>();

  public ContextStore(int maxDeploysPerService, int maxLogsPerService) {
    this.maxDeploysPerService = maxDeploysPerService;
    this.maxLogsPerService = maxLogsPerService;
  }

  public void addDeploys(List<Deploy> items) {
    items.forEach(d -> append(deploys, d.service(), d, maxDeploysPerService));
  }

  public void addLogs(List<LogLine> items) {
    items.forEach(l -> append(logs, l.service(), l, maxLogsPerService));
  }

  public List<Deploy> deploysBetween(Instant from, Instant to) {
    List<Deploy> out = new ArrayList<>();
    deploys.values().forEach(q -> {
      synchronized (q) {
        q.stream().filter(d -> !d.ts().isBefore(from) && !d.ts().isAfter(to)).forEach(out::add);
      }
    });
    out.sort((a, b) -> a.ts().compareTo(b.ts()));
    return out;
  }

  public Map<String, List<LogLine>> logsBetween(Instant from, Instant to) {
    Map<String, List<LogLine>> out = new java.util.TreeMap<>();
    logs.forEach((service, q) -> {
      synchronized (q) {
        List<LogLine> lines = q.stream()
            .filter(l -> !l.ts().isBefore(from) && !l.ts().isAfter(to))
            .sorted((a, b) -> a.ts().compareTo(b.ts()))
            .toList();
        if (!lines.isEmpty()) {
          out.put(service, lines);
        }
      }
    });
    return out;
  }

  public void clear() {
    deploys.clear();
    logs.clear();
  }

  private static <T> void append(Map<String, Deque<T>> map, String service, T item, int max) {
    Deque<T> q = map.computeIfAbsent(service, s -> new ArrayDeque<>());
    synchronized (q) {
      q.addLast(item);
      while (q.size() > max) {
        q.removeFirst();
      }
    }
  }
}
