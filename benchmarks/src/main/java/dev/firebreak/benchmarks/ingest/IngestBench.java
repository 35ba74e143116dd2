package dev.firebreak.benchmarks.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./firebreak bench ingest}: starts Firebreak on embedded defaults in its own JVM and sends
 * it an alert storm over loopback at a controlled rate, bounded in count and time; waits for the
 * workflows to settle; prints throughput, webhook latency, incidents vs expected, alerts lost and
 * time to triage. Last line:
 * {@code alerts_per_s=… p99_ms=… incidents=… expected=… lost=… triage_p50_ms=… triage_p99_ms=…}.
 */
public final class IngestBench {
  private final String token;
  /** Time spent in each step of triage (from one timeline event to the next), per incident. */
  private final Map<String, List<Long>> steps = new java.util.TreeMap<>();

  IngestBench(String token) {
    this.token = token;
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path data = Files.createTempDirectory("firebreak-ingest-");
    try (ServerProcess server = ServerProcess.start(o.jar, data, List.of())) {
      if (o.warmupSeconds > 0) {
        // a service that has run for a while has a warm JIT; a fresh JVM would compile during the storm
        new IngestBench(server.adminToken()).run(server.base(), o, new AlertStorm(o.seed + 1, o.hotGroups, "Warm"),
            o.warmupSeconds);
      }
      IngestBench bench = new IngestBench(server.adminToken());
      var before = ServerLatency.snapshot(server.base());
      Result r = bench.run(server.base(), o, new AlertStorm(o.seed, o.hotGroups, ""), o.seconds);
      var after = ServerLatency.snapshot(server.base());
      bench.printSteps();
      System.out.printf("webhook latency in the server (histogram bucket bounds) p50<=%.0fms p99<=%.0fms%n",
          ServerLatency.quantileMillis(before, after, 0.5), ServerLatency.quantileMillis(before, after, 0.99));
      r.print();
    } finally {
      deleteRecursively(data);
    }
    System.exit(0);
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Options(Path jar, int rate, int seconds, int maxDeliveries, int concurrency, int hotGroups, long seed,
      int warmupSeconds) {
    static Options parse(String[] args) {
      Map<String, String> a = new HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        a.put(args[i], args[i + 1]);
      }
      return new Options(Path.of(a.getOrDefault("--jar", "api/target/firebreak-api-0.1.0-SNAPSHOT-exec.jar")),
          Integer.parseInt(a.getOrDefault("--rate", "400")), Integer.parseInt(a.getOrDefault("--seconds", "20")),
          Integer.parseInt(a.getOrDefault("--max-deliveries", "20000")),
          Integer.parseInt(a.getOrDefault("--concurrency", "32")), Integer.parseInt(a.getOrDefault("--groups", "20")),
          Long.parseLong(a.getOrDefault("--seed", "42")), Integer.parseInt(a.getOrDefault("--warmup", "10")));
    }
  }

  Result run(String base, Options o, AlertStorm storm, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    ExecutorService senders = Executors.newFixedThreadPool(o.concurrency);
    Semaphore inFlight = new Semaphore(o.concurrency);
    Latencies latencies = new Latencies();
    AtomicLong acceptedAlerts = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    Map<String, Long> firstAccepted = new ConcurrentHashMap<>();
    Set<String> acceptedFiring = ConcurrentHashMap.newKeySet();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    long intervalNanos = TimeUnit.SECONDS.toNanos(1) / o.rate;
    int sent = 0;
    // deliveries of one group go in order, like Alertmanager's per-group notifications
    Map<String, Object> groupLocks = new ConcurrentHashMap<>();
    while (System.nanoTime() < end && sent < o.maxDeliveries) {
      long due = start + sent * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      AlertStorm.Delivery d = storm.next();
      sent++;
      inFlight.acquire();
      senders.submit(() -> {
        try {
          synchronized (groupLocks.computeIfAbsent(d.groupKey(), k -> new Object())) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts/alertmanager"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(d.body())).build(),
                HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() == 202) {
              acceptedAlerts.addAndGet(d.alerts());
              firstAccepted.putIfAbsent(d.groupKey(), System.currentTimeMillis());
              acceptedFiring.addAll(d.firing());
            } else {
              refused.incrementAndGet();
            }
          }
        } catch (Exception e) {
          refused.incrementAndGet();
        } finally {
          inFlight.release();
        }
        return null;
      });
    }
    inFlight.acquire(o.concurrency);
    double elapsed = (System.nanoTime() - start) / 1e9;
    senders.shutdown();
    Settled settled = settle(base, firstAccepted, acceptedFiring);
    List<Long> triage = new ArrayList<>();
    settled.triagedAt.forEach((group, at) -> triage.add(at - firstAccepted.get(group)));
    return new Result(sent, acceptedAlerts.get(), refused.get(), elapsed, latencies, settled.incidents,
        firstAccepted.size(), settled.lost, triage, settled.settleSeconds);
  }

  record Settled(int incidents, int lost, Map<String, Long> triagedAt, double settleSeconds) {}

  /**
   * Polls the API until every group's incident is triaged and holds every accepted firing alert.
   * While triage is under way only the cheap list is polled, and an incident's detail is read once
   * it has left triage: reading every detail twice a second would compete with the triage measured.
   */
  Settled settle(String base, Map<String, Long> firstAccepted, Set<String> firing) throws Exception {
    Set<String> groups = firstAccepted.keySet();
    HttpClient http = HttpClient.newHttpClient();
    long started = System.nanoTime();
    long deadline = started + TimeUnit.MINUTES.toNanos(5);
    Map<String, Long> triaged = new HashMap<>();
    Set<String> read = new HashSet<>();
    while (true) {
      List<JsonNode> all = listAll(http, base);
      for (JsonNode summary : all) {
        String id = summary.get("id").asText();
        String status = summary.get("status").asText();
        if (!read.contains(id) && !status.equals("TRIGGERED") && !status.equals("TRIAGING")) {
          JsonNode detail = get(http, base + "/api/v1/incidents/" + id);
          if (!groups.contains(groupKeyOf(detail))) {
            read.add(id); // an incident of an earlier storm (the warm-up)
            continue;
          }
          recordSteps(detail, firstAccepted.get(groupKeyOf(detail)));
          for (JsonNode t : detail.get("timeline")) {
            if (t.get("text").asText().startsWith("Triage complete")) {
              triaged.put(groupKeyOf(detail), Instant.parse(t.get("at").asText()).toEpochMilli());
              read.add(id);
            }
          }
        }
      }
      if (triaged.keySet().containsAll(groups) || System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(250);
    }
    // every accepted firing alert must be on an incident (alerts may still be on their way in)
    while (true) {
      Set<String> seen = new HashSet<>();
      int incidents = 0;
      for (JsonNode summary : listAll(http, base)) {
        JsonNode detail = get(http, base + "/api/v1/incidents/" + summary.get("id").asText());
        detail.get("alerts").forEach(a -> seen.add(a.get("fingerprint").asText()));
        if (groups.contains(groupKeyOf(detail))) {
          incidents++;
        }
      }
      Set<String> missing = new HashSet<>(firing);
      missing.removeAll(seen);
      if (missing.isEmpty() || System.nanoTime() > deadline) {
        return new Settled(incidents, missing.size(), triaged, (System.nanoTime() - started) / 1e9);
      }
      Thread.sleep(1000);
    }
  }

  private static final List<String> STEP_ENDS = List.of("Triage started", "evidence", "findings", "similar",
      "hypotheses", "Triage complete");

  /**
   * accepted (the webhook's answer to the group's first delivery) → opened (the workflow's first
   * task) → triage started → evidence gathered → findings → similar → hypotheses → complete.
   */
  private void recordSteps(JsonNode detail, Long acceptedAt) {
    Long previous = acceptedAt;
    String previousName = "accepted";
    for (JsonNode t : detail.get("timeline")) {
      String type = t.get("type").asText();
      String text = t.get("text").asText();
      String name = type.equals("status") ? STEP_ENDS.stream().filter(text::startsWith).findFirst().orElse(null)
          : STEP_ENDS.contains(type) || type.equals("opened") ? type : null;
      if (name == null) {
        continue;
      }
      long at = Instant.parse(t.get("at").asText()).toEpochMilli();
      if (previous != null) {
        steps.computeIfAbsent(previousName + "->" + name, k -> new ArrayList<>()).add(at - previous);
      }
      previous = at;
      previousName = name;
      if (name.equals("Triage complete")) {
        return;
      }
    }
  }

  void printSteps() {
    StringBuilder line = new StringBuilder("triage steps p50/p99 ms:");
    steps.forEach((step, values) -> {
      List<Long> v = new ArrayList<>(values);
      v.sort(Long::compare);
      line.append(' ').append(step.replace(' ', '_')).append('=').append(v.get(v.size() / 2)).append('/')
          .append(v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.99) - 1)));
    });
    System.out.println(line);
  }

  private static String groupKeyOf(JsonNode detail) {
    String service = detail.path("incident").path("service").asText();
    String alertname = detail.path("alerts").path(0).path("labels").path("alertname").asText();
    return "{}:{alertname=\"" + alertname + "\", service=\"" + service + "\"}";
  }

  private List<JsonNode> listAll(HttpClient http, String base) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode p = get(http, base + "/api/v1/incidents?size=200&page=" + page);
      p.get("items").forEach(all::add);
      if (all.size() >= p.get("total").asLong() || p.get("items").isEmpty()) {
        return all;
      }
    }
  }

  private JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    return Json.MAPPER.readTree(r.body());
  }

  record Result(int deliveries, long acceptedAlerts, long refused, double seconds, Latencies latencies,
      int incidents, int expected, int lost, List<Long> triage, double settleSeconds) {
    void print() {
      List<Long> t = new ArrayList<>(triage);
      t.sort(Long::compare);
      long p50 = t.isEmpty() ? -1 : t.get(t.size() / 2);
      long p99 = t.isEmpty() ? -1 : t.get(Math.min(t.size() - 1, (int) Math.ceil(t.size() * 0.99) - 1));
      System.out.printf("deliveries=%d accepted_alerts=%d refused=%d seconds=%.1f settle_seconds=%.1f%n",
          deliveries, acceptedAlerts, refused, seconds, settleSeconds);
      System.out.printf("webhook latency p50=%.1fms p99=%.1fms max=%.1fms%n", latencies.percentile(0.5),
          latencies.percentile(0.99), latencies.percentile(1.0));
      System.out.printf("alerts_per_s=%.0f p99_ms=%.1f incidents=%d expected=%d lost=%d triage_p50_ms=%d triage_p99_ms=%d%n",
          acceptedAlerts / seconds, latencies.percentile(0.99), incidents, expected, lost, p50, p99);
    }
  }

  /** Webhook latencies, in nanoseconds. */
  static final class Latencies {
    private final List<Long> values = new ArrayList<>();

    synchronized void add(long nanos) {
      values.add(nanos);
    }

    synchronized double percentile(double p) {
      if (values.isEmpty()) {
        return 0;
      }
      List<Long> sorted = new ArrayList<>(values);
      sorted.sort(Long::compare);
      int i = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
      return sorted.get(i) / 1e6;
    }
  }
}
