package dev.firebreak.benchmarks.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic webhook mix: a few hot groups that storm (Alertmanager re-sends each group with all
 * its current alerts), repeats of unchanged groups, resolves, and new groups now and then.
 * Deterministic for a seed.
 */
final class AlertStorm {
  static final int MAX_ALERTS_PER_GROUP = 40;

  record Delivery(String groupKey, String body, List<String> firing, int alerts) {}

  private final SplittableRandom random;
  private final List<Group> groups = new ArrayList<>();
  private final int hotGroups;
  private final String prefix;
  private int created;

  private static final class Group {
    final String key;
    final String service;
    final String alertname;
    final Map<String, Boolean> alerts = new LinkedHashMap<>();

    Group(String key, String service, String alertname) {
      this.key = key;
      this.service = service;
      this.alertname = alertname;
    }
  }

  /** @param prefix starts every service and alert name, so two storms never share a group */
  AlertStorm(long seed, int hotGroups, String prefix) {
    this.random = new SplittableRandom(seed);
    this.hotGroups = hotGroups;
    this.prefix = prefix;
    for (int i = 0; i < hotGroups; i++) {
      newGroup();
    }
  }

  int groupsCreated() {
    return created;
  }

  Delivery next() {
    double roll = random.nextDouble();
    Group g;
    if (roll < 0.02) {
      g = newGroup();
    } else {
      g = groups.get(random.nextInt(Math.min(groups.size(), hotGroups + created / 4)));
    }
    double action = random.nextDouble();
    if (g.alerts.isEmpty() || (action < 0.6 && g.alerts.size() < MAX_ALERTS_PER_GROUP)) {
      g.alerts.put(g.service + "-" + g.alerts.size(), true);
    } else if (action < 0.75) {
      String some = g.alerts.keySet().stream().skip(random.nextInt(g.alerts.size())).findFirst().orElseThrow();
      g.alerts.put(some, false);
    }
    // else: a repeat of the unchanged group, as Alertmanager's repeat_interval sends
    return render(g);
  }

  private Group newGroup() {
    int n = created++;
    String service = prefix.toLowerCase() + "svc-" + n;
    String alertname = prefix + "Storm" + n;
    Group g = new Group("{}:{alertname=\"" + alertname + "\", service=\"" + service + "\"}", service, alertname);
    groups.add(g);
    return g;
  }

  private static Delivery render(Group g) {
    StringBuilder alerts = new StringBuilder();
    List<String> firing = new ArrayList<>();
    boolean any = false;
    for (Map.Entry<String, Boolean> a : g.alerts.entrySet()) {
      String fingerprint = fingerprint(a.getKey());
      if (a.getValue()) {
        firing.add(fingerprint);
        any = true;
      }
      if (alerts.length() > 0) {
        alerts.append(',');
      }
      alerts.append("""
          {"status":"%s","labels":{"alertname":"%s","service":"%s","instance":"%s","severity":"warning"},\
          "annotations":{"summary":"%s on %s"},"startsAt":"%s","endsAt":"%s",\
          "generatorURL":"http://prometheus:9090/graph","fingerprint":"%s"}"""
          .formatted(a.getValue() ? "firing" : "resolved", g.alertname, g.service, a.getKey(), g.alertname,
              a.getKey(), "2026-03-01T10:00:00Z", a.getValue() ? "0001-01-01T00:00:00Z" : "2026-03-01T10:30:00Z",
              fingerprint));
    }
    String body = """
        {"receiver":"firebreak","status":"%s","alerts":[%s],"groupLabels":{"alertname":"%s"},\
        "commonLabels":{"alertname":"%s","service":"%s","severity":"warning"},"commonAnnotations":{},\
        "externalURL":"http://alertmanager:9093","version":"4","groupKey":"%s","truncatedAlerts":0}"""
        .formatted(any ? "firing" : "resolved", alerts, g.alertname, g.alertname, g.service,
            g.key.replace("\"", "\\\""));
    return new Delivery(g.key, body, firing, g.alerts.size());
  }

  static String fingerprint(String id) {
    return String.format("%016x", id.hashCode() * 0x9E3779B97F4A7C15L);
  }

  static Instant epoch() {
    return Instant.EPOCH;
  }
}
