package dev.firebreak.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated broken requests against every inbound endpoint: malformed, truncated,
 * wrongly typed, oversized, deeply nested and unicode-heavy bodies and wrong content types. Every
 * answer must be 4xx (never 5xx), the application must stay healthy, and nothing may be stored.
 */
class HostileInputIT extends FirebreakIT {
  static final int CASES_PER_ENDPOINT = 400;
  static final String VALID_ALERT = Payloads.alertmanager("{}:{alertname=\"Fuzz\"}", "firing", "0f0f0f0f0f0f0f0f",
      "firing", "fuzz");

  record Endpoint(String path, String valid) {}

  @Test
  void brokenRequestsGet4xxAndStoreNothing() {
    Http http = http();
    Map<String, Integer> tables = counts();
    List<Endpoint> endpoints = List.of(
        new Endpoint("/api/v1/alerts/alertmanager", VALID_ALERT),
        new Endpoint("/api/v1/incidents", "{\"title\":\"t\",\"service\":\"s\",\"severity\":\"sev2\"}"),
        new Endpoint("/api/v1/context/deploys",
            "{\"deploys\":[{\"ts\":\"2026-03-01T10:00:00Z\",\"service\":\"s\",\"commit\":\"abc\"}]}"),
        new Endpoint("/api/v1/context/logs",
            "{\"lines\":[{\"ts\":\"2026-03-01T10:00:00Z\",\"service\":\"s\",\"message\":\"m\"}]}"),
        new Endpoint("/api/v1/incidents/inc-nope/notes", "{\"text\":\"hello\"}"),
        new Endpoint("/api/v1/incidents/inc-nope/resolve", "{\"summary\":\"x\"}"));
    Random random = new Random(20261123);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Endpoint e : endpoints) {
      for (int i = 0; i < CASES_PER_ENDPOINT; i++) {
        Case c = Mutations.ALL.get(random.nextInt(Mutations.ALL.size())).apply(new Seed(e.valid(), random));
        Http.Response r = http.post(e.path(), c.body(), c.contentType());
        cases++;
        if (r.status() < 400 || r.status() >= 500) {
          failures.add(e.path() + " " + c.name() + " → " + r.status() + " " + abbreviate(r.body()));
        }
      }
    }
    System.out.printf("hostile input: %d cases over %d endpoints%n", cases, endpoints.size());
    assertThat(failures).as("requests not answered with 4xx").isEmpty();
    assertThat(counts()).as("rows stored by rejected requests").isEqualTo(tables);
    assertThat(http.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (String t : List.of("incidents", "incident_alerts", "timeline_events", "evidence", "alert_intake")) {
      c.put(t, count(t));
    }
    return c;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  record Seed(String valid, Random random) {}

  record Case(String name, String body, String contentType) {}

  /** Ways to break a valid body; each one always yields an invalid request. */
  static final class Mutations {
    static final List<Function<Seed, Case>> ALL = List.of(
        s -> new Case("truncated", s.valid().substring(0, 1 + s.random().nextInt(s.valid().trim().length() - 2)),
            "application/json"),
        s -> new Case("random bytes", randomText(s.random(), 1 + s.random().nextInt(300), 0x20, 0x7f), "application/json"),
        s -> new Case("unicode noise", randomText(s.random(), 1 + s.random().nextInt(300), 0x80, 0x2fff),
            "application/json"),
        s -> new Case("deeply nested", "[".repeat(5000 + s.random().nextInt(5000)), "application/json"),
        s -> new Case("deeply nested object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "application/json"),
        s -> new Case("wrong content type", s.valid(), List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x").get(s.random().nextInt(4))),
        s -> new Case("wrong top-level type", List.of("[]", "1", "\"x\"", "null", "true", "[{}]").get(s.random().nextInt(6)),
            "application/json"),
        s -> new Case("oversized", "{\"pad\":\"" + "é".repeat(600_000) + "\"}", "application/json"),
        s -> new Case("strings become numbers", s.valid().replaceAll("\"(firing|sev2|t|s|hello|x|m|abc|4)\"", "42"),
            "application/json"),
        s -> new Case("objects become strings", s.valid().replaceFirst("\\{", "\"").replaceFirst("}\\s*$", "\""),
            "application/json"),
        s -> new Case("unicode in an enum", s.valid().replace("\"firing\"", "\"fïrïng\u202e\"")
            .replace("\"sev2\"", "\"sév2\"").replace("\"ts\":\"2026", "\"ts\":\"２０２６")
            .replace("\"text\":\"hello\"", "\"text\":\"\"").replace("\"summary\":\"x\"", "\"summary\":[\"\u0000\"]"),
            "application/json"));

    private static String randomText(Random r, int length, int from, int to) {
      StringBuilder sb = new StringBuilder();
      sb.append('\u0001');
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(from + r.nextInt(to - from));
      }
      return sb.toString();
    }
  }
}
