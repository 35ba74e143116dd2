package dev.firebreak.benchmarks.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.scenario.Scenario;
import dev.firebreak.activities.scenario.ScenarioFiles;
import dev.firebreak.api.demo.EmbeddedFirebreak;
import dev.firebreak.api.demo.ScenarioPlayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./firebreak bench scenarios --dir DIR}: every scenario file in DIR through the real
 * workflow on embedded defaults. Prints one line per scenario and, last,
 * {@code scenarios=N top1=X top3=Y incidents_ok=Z}.
 *
 * <p>A scenario whose expected root cause is null (a false alarm) counts as a hit when no
 * hypothesis reaches the actionable confidence.
 */
public final class ScenarioBench {
  static final long TRIAGE_TIMEOUT_MS = 60_000;

  private ScenarioBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(arg(args, "--dir", "scenarios"));
    String detectors = arg(args, "--detectors", "both");
    String model = arg(args, "--model", "off");
    List<Path> files = ScenarioFiles.list(dir);
    if (files.isEmpty()) {
      System.err.println("no scenario files (*.json) in " + dir);
      System.exit(2);
    }
    boolean modelConfigured = !System.getenv().getOrDefault("FIREBREAK_LLM_PROVIDER", "").isBlank();
    if (!model.equals("off") && !modelConfigured) {
      System.err.println("--model " + model + " needs a model: set FIREBREAK_LLM_PROVIDER (huggingface or "
          + "openai-compatible), FIREBREAK_LLM_BASEURL, FIREBREAK_LLM_MODEL and FIREBREAK_LLM_APIKEY");
      System.exit(2);
    }
    String summary = null;
    // the model path is measured against the same runs without it, in the same process
    for (boolean withModel : model.equals("both") ? List.of(false, true) : List.of(model.equals("on"))) {
      if (!detectors.equals("on")) {
        summary = run(files, false, withModel);
        System.out.println("model=" + (withModel ? "on" : "off") + " detectors=off " + summary);
      }
      if (!detectors.equals("off")) {
        summary = run(files, true, withModel);
        System.out.println("model=" + (withModel ? "on" : "off") + " detectors=on " + summary);
      }
    }
    // the last line is the last configuration's (detectors on, unless only "off" was asked)
    System.out.println(summary);
    System.exit(0);
  }

  static String run(List<Path> files, boolean detectors, boolean withModel) throws Exception {
    Path data = Files.createTempDirectory("firebreak-bench-");
    int top1 = 0;
    int top3 = 0;
    int incidentsOk = 0;
    List<String> props = new java.util.ArrayList<>(List.of("logging.level.root=WARN", "spring.main.banner-mode=off",
        "firebreak.rules.detectors=" + detectors));
    if (!withModel) {
      props.add("firebreak.llm.provider=");
    }
    try (EmbeddedFirebreak firebreak = EmbeddedFirebreak.start(data.toString(), props.toArray(String[]::new))) {
      ScenarioPlayer player = firebreak.player();
      for (Path file : files) {
        Scenario scenario = ScenarioFiles.read(file);
        player.reset();
        long started = System.nanoTime();
        List<String> incidents = player.play(scenario);
        Outcome outcome = Outcome.NONE;
        for (String id : incidents) {
          JsonNode detail = player.awaitStatus(id, TRIAGE_TIMEOUT_MS, "AWAITING_DECISION", "MITIGATING");
          outcome = outcome.best(Outcome.of(detail.get("hypotheses"), scenario.expect().rootCause()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (String id : incidents) {
          // closed before the next scenario, so its alerts open incidents of their own
          firebreak.api().post("/api/v1/incidents/" + id + "/resolve", Map.of("actor", "bench"));
          player.awaitStatus(id, TRIAGE_TIMEOUT_MS, "POSTMORTEM_DRAFTED");
        }
        boolean countOk = incidents.size() == scenario.expect().incidents();
        top1 += outcome.top1 ? 1 : 0;
        top3 += outcome.top3 ? 1 : 0;
        incidentsOk += countOk ? 1 : 0;
        System.out.printf("%-40s detectors=%-3s incidents=%d/%d top1=%s top3=%s triage=%dms top=%s%n",
            scenario.name(), detectors ? "on" : "off", incidents.size(), scenario.expect().incidents(),
            outcome.top1, outcome.top3, millis, outcome.top);
      }
    }
    int n = files.size();
    return String.format("scenarios=%d top1=%.3f top3=%.3f incidents_ok=%.3f", n, top1 / (double) n,
        top3 / (double) n, incidentsOk / (double) n);
  }

  private record Outcome(boolean top1, boolean top3, String top) {
    static final Outcome NONE = new Outcome(false, false, "-");

    static Outcome of(JsonNode hypotheses, Scenario.RootCause expected) {
      List<String> described = new java.util.ArrayList<>();
      for (int i = 0; i < Math.min(3, hypotheses.size()); i++) {
        described.add(describe(hypotheses.get(i)));
      }
      String top = hypotheses.isEmpty() ? "none" : String.join(",", described);
      if (expected == null) {
        boolean quiet = hypotheses.isEmpty() || hypotheses.get(0).get("confidence").asDouble() < 0.3;
        return new Outcome(quiet, quiet, top);
      }
      boolean first = !hypotheses.isEmpty() && ScenarioPlayer.matches(hypotheses.get(0), expected);
      boolean three = false;
      for (int i = 0; i < Math.min(3, hypotheses.size()); i++) {
        three |= ScenarioPlayer.matches(hypotheses.get(i), expected);
      }
      return new Outcome(first, three, top);
    }

    Outcome best(Outcome other) {
      return new Outcome(top1 || other.top1, top3 || other.top3, this == NONE ? other.top : top);
    }

    private static String describe(JsonNode h) {
      return h.get("kind").asText().toLowerCase() + "/" + h.get("service").asText()
          + (h.path("ref").isTextual() ? "/" + h.get("ref").asText() : "")
          + String.format("@%.2f", h.get("confidence").asDouble());
    }
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
