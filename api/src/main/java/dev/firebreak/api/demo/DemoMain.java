package dev.firebreak.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.scenario.Scenario;
import dev.firebreak.activities.scenario.ScenarioFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./firebreak demo}: starts Firebreak on embedded defaults, plays a scenario and drives the
 * human steps through the REST API (acknowledge, approve the rollback, resolve), printing the
 * incident as it unfolds and the drafted postmortem.
 */
public final class DemoMain {
  static final String DEFAULT_SCENARIO = "scenarios/checkout-latency-after-deploy.json";
  static final long STEP_TIMEOUT_MS = 60_000;

  private final PrintStream out;
  private final Set<String> printed = new HashSet<>();

  DemoMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path scenarioFile = Path.of(arg(args, "--scenario", DEFAULT_SCENARIO));
    Path outDir = Path.of(arg(args, "--out", "out"));
    Path dataDir = Files.createTempDirectory("firebreak-demo-");
    int code;
    try (EmbeddedFirebreak firebreak = EmbeddedFirebreak.start(dataDir.toString(),
        "logging.level.root=WARN", "logging.level.dev.firebreak=WARN", "spring.main.banner-mode=off")) {
      code = new DemoMain(System.out).run(firebreak, ScenarioFiles.read(scenarioFile), outDir);
    }
    System.exit(code);
  }

  int run(EmbeddedFirebreak firebreak, Scenario scenario, Path outDir) throws Exception {
    ScenarioPlayer player = firebreak.player();
    ApiClient api = firebreak.api();
    out.println("== Firebreak demo: scenario " + scenario.name());
    out.println("   " + scenario.description());
    out.println("   Firebreak is up at " + firebreak.baseUrl() + " (embedded PostgreSQL, in-process Temporal)");
    List<String> incidents = player.play(scenario);
    String id = incidents.get(0);
    out.println("\n== Incident " + id + " opened from " + scenario.alerts().size() + " alert deliveries");
    JsonNode detail = player.awaitStatus(id, STEP_TIMEOUT_MS, "AWAITING_DECISION");
    JsonNode incident = detail.get("incident");
    out.printf("   %s · service %s · %s · %s%n", incident.get("title").asText(), incident.get("service").asText(),
        incident.get("severity").asText(), incident.get("status").asText());
    printTimeline(detail);
    printSources(detail);
    printTriage(detail);

    step("Acknowledging as demo-oncall");
    api.post("/api/v1/incidents/" + id + "/acknowledge", Map.of("actor", "demo-oncall"));
    JsonNode action = pickAction(detail);
    if (action != null) {
      String actionId = action.get("action").get("id").asText();
      step("Approving " + actionId + ": " + action.get("action").get("description").asText());
      api.post("/api/v1/incidents/" + id + "/actions/" + actionId + "/approve", Map.of("actor", "demo-oncall"));
      detail = player.awaitStatus(id, STEP_TIMEOUT_MS, "MITIGATING");
      printTimeline(detail);
    }
    JsonNode top = detail.get("hypotheses").path(0);
    step("Resolving");
    Map<String, String> resolve = new java.util.HashMap<>(Map.of("actor", "demo-oncall",
        "summary", "Mitigated: " + (top.isMissingNode() ? "no root cause found" : top.get("cause").asText())));
    if (!top.isMissingNode()) {
      resolve.put("rootCauseHypothesisId", top.get("id").asText());
    }
    api.post("/api/v1/incidents/" + id + "/resolve", resolve);
    detail = player.awaitStatus(id, STEP_TIMEOUT_MS, "POSTMORTEM_DRAFTED");
    printTimeline(detail);

    String markdown = api.get("/api/v1/incidents/" + id + "/postmortem").get("markdown").asText();
    Files.createDirectories(outDir);
    Path file = outDir.resolve("postmortem-" + id + ".md").toAbsolutePath();
    Files.writeString(file, markdown);
    out.println("\n== Drafted postmortem\n");
    out.println(markdown);
    out.println("== Postmortem written to " + file);
    return verdict(scenario, detail);
  }

  private int verdict(Scenario scenario, JsonNode detail) {
    Scenario.RootCause expected = scenario.expect().rootCause();
    if (expected == null) {
      out.println("== Scenario expects no root cause.");
      return 0;
    }
    JsonNode top = detail.get("hypotheses").path(0);
    boolean match = !top.isMissingNode() && ScenarioPlayer.matches(top, expected);
    out.println("== Top hypothesis matches the scenario's expected root cause (" + expected.kind() + " "
        + expected.service() + (expected.ref() == null ? "" : " " + expected.ref()) + "): " + (match ? "yes" : "NO"));
    return 0;
  }

  /** Where the evidence came from: the scenario's own series, or real sources when configured. */
  private void printSources(JsonNode detail) {
    Map<String, Integer> bySource = new java.util.TreeMap<>();
    detail.get("evidence").forEach(e -> bySource.merge(e.get("source").asText(), 1, Integer::sum));
    out.println("\n== Evidence by source: " + bySource.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
  }

  private void printTimeline(JsonNode detail) {
    for (JsonNode t : detail.get("timeline")) {
      if (printed.add(t.get("id").asText())) {
        String actor = t.path("actor").isObject() ? t.get("actor").get("name").asText() : "";
        out.printf("   [%s] %-16s %s%s%n", t.get("at").asText(), t.get("type").asText(), t.get("text").asText(),
            actor.isEmpty() || actor.equals("firebreak") ? "" : " — " + actor);
      }
    }
  }

  private void printTriage(JsonNode detail) {
    out.println("\n== Findings (each cites its evidence)");
    for (JsonNode f : detail.get("findings")) {
      out.printf("   [%s] %s%n", f.get("severity").asText(), f.get("title").asText());
      for (JsonNode ev : f.get("evidenceIds")) {
        out.printf("        evidence %s: %s%n", ev.asText(), evidenceSummary(detail, ev.asText()));
      }
    }
    out.println("\n== Ranked root-cause hypotheses");
    for (JsonNode h : detail.get("hypotheses")) {
      out.printf("   %d. (%3.0f%%) %s%n        rests on %s%n", h.get("rank").asInt(), h.get("confidence").asDouble() * 100,
          h.get("cause").asText(), h.get("evidenceIds"));
    }
    out.println("\n== Similar past incidents");
    for (JsonNode s : detail.path("similar")) {
      out.printf("   %s (%s, section \"%s\", score %.2f) — %s%n", s.get("title").asText(),
          s.get("documentId").asText(), s.get("section").asText(), s.get("score").asDouble(), s.get("why").asText());
    }
    out.println("\n== Suggested actions");
    for (JsonNode a : detail.get("actions")) {
      out.printf("   %s: %s%n", a.get("action").get("id").asText(), a.get("action").get("description").asText());
    }
  }

  private static String evidenceSummary(JsonNode detail, String id) {
    for (JsonNode e : detail.get("evidence")) {
      if (e.get("id").asText().equals(id)) {
        return e.get("source").asText() + " · " + e.get("summary").asText();
      }
    }
    return "?";
  }

  private static JsonNode pickAction(JsonNode detail) {
    JsonNode first = null;
    for (JsonNode a : detail.get("actions")) {
      String kind = a.get("action").get("kind").asText();
      if (kind.equals("ROLLBACK") || kind.equals("REVERT_CONFIG")) {
        return a;
      }
      if (first == null && !kind.equals("PAGE_TEAM")) {
        first = a;
      }
    }
    return first;
  }

  private void step(String text) {
    out.println("\n== " + text);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
