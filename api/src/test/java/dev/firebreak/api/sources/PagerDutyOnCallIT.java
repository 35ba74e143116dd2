package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.api.support.RecordingUpstream;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Triage asks PagerDuty who is on call for the service's escalation policy; the incident shows it. */
class PagerDutyOnCallIT extends FirebreakIT {
  static final RecordingUpstream pagerDuty = new RecordingUpstream(Map.of("/oncalls", new Object[] {200, """
      {"oncalls":[{"escalation_policy":{"id":"PONCALL","type":"escalation_policy_reference","summary":"Checkout"},
        "escalation_level":1,
        "schedule":{"id":"PI7DH85","type":"schedule_reference","summary":"Checkout primary"},
        "user":{"id":"PQ1AB2C","type":"user_reference","summary":"Ana Lopez"},
        "start":"2026-03-01T00:00:00Z","end":"2026-03-08T00:00:00Z"}],
       "limit":25,"offset":0,"more":false,"total":null}"""}));

  @DynamicPropertySource
  static void pagerDutyApi(DynamicPropertyRegistry registry) {
    registry.add("firebreak.pagerduty.api-token", () -> "pd-rest-token");
    registry.add("firebreak.pagerduty.api-url", pagerDuty::url);
    registry.add("firebreak.pagerduty.escalation-policies.oncall-svc", () -> "PONCALL");
  }

  @AfterAll
  static void stop() {
    pagerDuty.close();
  }

  @Test
  void theIncidentNamesWhoIsOnCall() {
    String id = Incidents.afterBadDeploy(http(), "oncall-svc");
    JsonNode detail = http().get("/api/v1/incidents/" + id).json();
    JsonNode onCall = null;
    for (JsonNode e : detail.get("evidence")) {
      if ("ONCALL".equals(e.get("kind").asText())) {
        onCall = e;
      }
    }
    assertThat(onCall).as("on-call evidence in %s", detail.get("evidence")).isNotNull();
    assertThat(onCall.get("summary").asText())
        .isEqualTo("On call for escalation policy PONCALL: L1 Ana Lopez (Checkout primary)");
    assertThat(onCall.get("source").asText()).isEqualTo("pagerduty");
    assertThat(pagerDuty.requests()).anySatisfy(r -> {
      assertThat(r.path()).isEqualTo("/oncalls");
      assertThat(r.headers().get("Authorization")).containsExactly("Token token=pd-rest-token");
    });
  }
}
