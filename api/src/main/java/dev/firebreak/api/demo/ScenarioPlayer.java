package dev.firebreak.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.activities.evidence.ScenarioMetricsSource;
import dev.firebreak.activities.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays a scenario into a running Firebreak: metrics into the scenario metrics source (standing in
 * for a metrics backend), deploys and logs through the context endpoints, alerts through the
 * Alertmanager webhook, in scenario-time order. Scenario time is the data's own: nothing sleeps.
 */
public final class ScenarioPlayer {
  private final ApiClient api;
  private final ScenarioMetricsSource metrics;
  private final ContextStore context;

  public ScenarioPlayer(ApiClient api, ScenarioMetricsSource metrics, ContextStore context) {
    this.api = api;
    this.metrics = metrics;
    this.context = context;
  }

  /** Forgets what earlier scenarios loaded, so scenarios do not see each other's data. */
  public void reset() {
    metrics.clear();
    context.clear();
  }

  /** Returns the ids of the incidents the alerts opened or joined, in order of first sight. */
  public List<String> play(Scenario scenario) {
    metrics.load(scenario.series());
    if (!scenario.deploys().isEmpty()) {
      api.post("/api/v1/context/deploys", Map.of("deploys", scenario.deploys()));
    }
    for (int i = 0; i < scenario.logs().size(); i += 5000) {
      api.post("/api/v1/context/logs",
          Map.of("lines", scenario.logs().subList(i, Math.min(scenario.logs().size(), i + 5000))));
    }
    Set<String> incidents = new LinkedHashSet<>();
    List<Scenario.AlertDelivery> deliveries = new ArrayList<>(scenario.alerts());
    deliveries.sort(Comparator.comparing(Scenario.AlertDelivery::at));
    for (Scenario.AlertDelivery d : deliveries) {
      JsonNode accepted = api.post("/api/v1/alerts/alertmanager", d.payload().toString());
      incidents.add(incidentOf(accepted));
    }
    return new ArrayList<>(incidents);
  }

  /**
   * The incident a webhook delivery reached. A delivery answered "queued" (stored, not yet in its
   * workflow) names only the workflow: its incident is looked up once the hand-over happened.
   */
  public String incidentOf(JsonNode accepted) {
    if (accepted.hasNonNull("incidentId")) {
      return accepted.get("incidentId").asText();
    }
    String workflowId = accepted.get("workflowId").asText();
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode page = api.get("/api/v1/incidents?workflowId=" + workflowId + "&size=1");
      if (page.get("items").size() > 0) {
        return page.get("items").get(0).get("id").asText();
      }
      sleepBriefly();
    }
    throw new IllegalStateException("no incident for workflow " + workflowId + " within 60 s");
  }

  /** Polls until the incident reached one of the states, and returns its detail. */
  public JsonNode awaitStatus(String incidentId, long timeoutMillis, String... states) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      JsonNode detail = tryGet(incidentId);
      if (detail != null) {
        String status = detail.get("incident").get("status").asText();
        for (String s : states) {
          if (s.equals(status)) {
            return detail;
          }
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("incident " + incidentId + " did not reach " + String.join("/", states)
            + " within " + timeoutMillis + " ms");
      }
      sleepBriefly();
    }
  }

  JsonNode tryGet(String incidentId) {
    try {
      return api.get("/api/v1/incidents/" + incidentId);
    } catch (IllegalStateException notYet) {
      return null;
    }
  }

  static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Does a hypothesis match the expected root cause: kind and service, and ref when given. */
  public static boolean matches(JsonNode hypothesis, Scenario.RootCause expected) {
    return expected.kind().equals(hypothesis.path("kind").asText().toLowerCase())
        && expected.service().equals(hypothesis.path("service").asText())
        && (expected.ref() == null || expected.ref().equals(hypothesis.path("ref").asText()));
  }
}
