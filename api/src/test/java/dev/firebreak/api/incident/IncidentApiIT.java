package dev.firebreak.api.incident;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import org.junit.jupiter.api.Test;

class IncidentApiIT extends FirebreakIT {


  @Test
  void responderRunsTheIncidentFromTriageToPostmortem() {
    Http http = http();
    String id = Incidents.afterBadDeploy(http, "cart");
    String base = "/api/v1/incidents/" + id;
    JsonNode triaged = http.get(base).json();
    assertThat(triaged.at("/hypotheses/0/kind").asText()).isEqualTo("DEPLOY");
    assertThat(triaged.at("/hypotheses/0/ref").asText()).isEqualTo("a39bf2c");
    String action = "a-rollback-cart-a39bf2c";
    assertThat(triaged.get("actions").findValuesAsText("id")).contains(action);

    Http alice = http.person("alice", "responder");
    assertThat(alice.post(base + "/acknowledge", "{}").status()).isEqualTo(202);
    assertThat(alice.post(base + "/notes", "{\"text\":\"looking at the pool change\"}").status())
        .isEqualTo(202);
    assertThat(alice.post(base + "/roles", "{\"role\":\"commander\",\"assignee\":\"alice\"}").status())
        .isEqualTo(202);
    assertThat(alice.post(base + "/roles", "{\"role\":\"chef\",\"assignee\":\"alice\"}").json().get("field")
        .asText()).isEqualTo("role");
    http.await(base, j -> "alice".equals(j.at("/roles/COMMANDER/name").asText()));
    assertThat(alice.post(base + "/actions/" + action + "/approve", "{}").status()).isEqualTo(202);
    JsonNode mitigating = http.await(base, status("MITIGATING"));
    assertThat(mitigating.at("/incident/acknowledgedBy").asText()).isEqualTo("alice");
    assertThat(mitigating.get("timeline").findValuesAsText("type")).contains("note", "approved", "action-executed");
    assertThat(count("notes")).isGreaterThan(0);

    Http.Response again = http.post(base + "/actions/" + action + "/approve", "{\"actor\":\"bob\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("already executed");

    String hypothesis = triaged.at("/hypotheses/0/id").asText();
    assertThat(alice.post(base + "/resolve", "{\"summary\":\"rolled back\",\"rootCauseHypothesisId\":\""
        + hypothesis + "\"}").status()).isEqualTo(202);
    http.await(base, status("POSTMORTEM_DRAFTED"));

    JsonNode pm = http.get(base + "/postmortem").json();
    assertThat(pm.get("markdown").asText()).contains("# Postmortem", "## Root cause\n", "a39bf2c",
        "## Actions taken", "approved by alice", "## Timeline");
    JsonNode audit = http.get(base + "/audit").json();
    assertThat(audit.findValuesAsText("action"))
        .containsExactly("acknowledge", "note", "role.assign", "action.approve", "resolve");
    assertThat(audit.findValuesAsText("actor")).containsOnly("alice");
    assertThat(audit.findValuesAsText("target")).contains(action, hypothesis);
    assertThat(http.post(base + "/acknowledge", "{}").status()).isEqualTo(409);
    assertThat(http.post(base + "/resolve", "{}").status()).isEqualTo(409);
  }

  @Test
  void unknownIncidentOrActionIs404() {
    Http http = http();
    assertThat(http.get("/api/v1/incidents/inc-doesnotexist").status()).isEqualTo(404);
    assertThat(http.post("/api/v1/incidents/inc-doesnotexist/acknowledge", "{}").status()).isEqualTo(404);
    String id = Incidents.afterBadDeploy(http, "wishlist");
    Http.Response r = http.post("/api/v1/incidents/" + id + "/actions/a-nope/approve", "{}");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("detail").asText()).isEqualTo("action a-nope of incident " + id + " not found");
  }

  @Test
  void badBodiesAre400NamingTheField() {
    Http http = http();
    Http.Response declare = http.post("/api/v1/incidents", "{\"title\":\"\",\"service\":\"x\",\"severity\":\"sev9\"}");
    assertThat(declare.status()).isEqualTo(400);
    assertThat(declare.json().get("errors").toString()).contains("title:", "severity: must be one of sev1");

    String id = Incidents.afterBadDeploy(http, "reviews");
    Http.Response reject = http.post("/api/v1/incidents/" + id + "/actions/a-rollback-reviews-a39bf2c/reject", "{}");
    assertThat(reject.status()).isEqualTo(400);
    assertThat(reject.json().get("field").asText()).isEqualTo("reason");
    Http.Response resolve = http.post("/api/v1/incidents/" + id + "/resolve", "{\"rootCauseHypothesisId\":\"h-made-up\"}");
    assertThat(resolve.status()).isEqualTo(400);
    assertThat(http.post("/api/v1/context/deploys", "{\"deploys\":[{\"service\":\"x\"}]}").status()).isEqualTo(400);
  }

  @Test
  void declaredIncidentIsListedAndFilterable() {
    Http http = http();
    Http.Response declared = http.post("/api/v1/incidents",
        "{\"title\":\"Checkout is down for EU\",\"service\":\"eu-checkout\",\"severity\":\"sev1\"}");
    assertThat(declared.status()).isEqualTo(202);
    String id = declared.incidentId();
    http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));

    JsonNode page = http.get("/api/v1/incidents?service=eu-checkout&state=awaiting_decision&size=5").json();
    assertThat(page.get("items").findValuesAsText("id")).containsExactly(id);
    assertThat(http.get("/api/v1/incidents?state=nonsense").status()).isEqualTo(400);
  }

  @Test
  void openApiHealthAndMetricsAreServed() {
    Http http = http();
    assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/incidents/{id}/acknowledge");
    JsonNode health = http.get("/actuator/health").json();
    assertThat(health.at("/components/temporal/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(http.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
  }
}
