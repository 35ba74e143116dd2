package dev.firebreak.api.sources;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.ingest.pagerduty.PagerDutySignature;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** PagerDuty Webhooks V3 into the running application, with PagerDuty's documented payloads. */
@TestPropertySource(properties = "firebreak.pagerduty.webhook-secret=" + PagerDutyWebhookIT.SECRET)
class PagerDutyWebhookIT extends FirebreakIT {
  static final String SECRET = "ChangedThisSecret-9f8e7d";
  private static final String PATH = "/api/v1/alerts/pagerduty";
  /** Stands in for PagerDuty's REST API (on-call lookups). */
  private static final MockWebServer PAGERDUTY_API = new MockWebServer();

  @DynamicPropertySource
  static void pagerDutyApi(DynamicPropertyRegistry registry) throws Exception {
    PAGERDUTY_API.start();
    registry.add("firebreak.pagerduty.api-url", () -> PAGERDUTY_API.url("/").toString());
    registry.add("firebreak.pagerduty.api-token", () -> "y_NbAkKc66ryYTWUXYEu");
    registry.add("firebreak.pagerduty.notes-from", () -> "firebreak@acme.example");
  }

  @AfterAll
  static void stopApi() {
    PAGERDUTY_API.close();
  }

  @Test
  void whoIsOnCallForAnEscalationPolicy() throws Exception {
    PAGERDUTY_API.enqueue(new MockResponse.Builder().code(200).body("""
        {"oncalls":[{"escalation_policy":{"id":"PUS0KTE","type":"escalation_policy_reference","summary":"Default"},
          "escalation_level":1,"schedule":{"id":"PI7DH85","type":"schedule_reference","summary":"Daily Engineering Rotation"},
          "user":{"id":"PT23IWX","type":"user_reference","summary":"Tim Wright"},
          "start":"2026-03-01T00:00:00Z","end":"2026-03-02T00:00:00Z"}],
         "limit":100,"offset":0,"more":false,"total":null}
        """).build());

    JsonNode view = http().get("/api/v1/pagerduty/oncalls?escalationPolicyId=PUS0KTE").json();

    assertThat(view.at("/oncalls/0/user").asText()).isEqualTo("Tim Wright");
    assertThat(view.at("/oncalls/0/level").asInt()).isEqualTo(1);
    assertThat(PAGERDUTY_API.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Token token=y_NbAkKc66ryYTWUXYEu");
    assertThat(http().get("/api/v1/pagerduty/oncalls?escalationPolicyId=bad%20id").status()).isEqualTo(400);
  }

  /** The documented V3 envelope; data is an incident or, for incident.annotated, an incident_note. */
  static String event(String type, String data) {
    return """
        {"event":{"id":"%s","event_type":"%s","resource_type":"incident",
          "occurred_at":"2026-03-01T10:09:22.169Z",
          "agent":{"html_url":"https://acme.pagerduty.com/users/PLH1HKV","id":"PLH1HKV",
            "self":"https://api.pagerduty.com/users/PLH1HKV","summary":"Tenex Engineer","type":"user_reference"},
          "client":{"name":"PagerDuty"},
          "data":%s}}
        """.formatted(UUID.randomUUID(), type, data);
  }

  static String incident(String id, String status) {
    return """
        {"id":"%s","type":"incident","self":"https://api.pagerduty.com/incidents/%s",
         "html_url":"https://acme.pagerduty.com/incidents/%s","number":2,"status":"%s",
         "incident_key":"d3640fbd41094207a1c11e58e46b1662","created_at":"2026-03-01T10:09:20Z",
         "title":"A little bump in the road",
         "service":{"html_url":"https://acme.pagerduty.com/services/PF9KMXH","id":"PF9KMXH",
           "self":"https://api.pagerduty.com/services/PF9KMXH","summary":"API Service","type":"service_reference"},
         "assignees":[{"html_url":"https://acme.pagerduty.com/users/PTUXL6G","id":"PTUXL6G",
           "self":"https://api.pagerduty.com/users/PTUXL6G","summary":"User 123","type":"user_reference"}],
         "escalation_policy":{"html_url":"https://acme.pagerduty.com/escalation_policies/PUS0KTE","id":"PUS0KTE",
           "self":"https://api.pagerduty.com/escalation_policies/PUS0KTE","summary":"Default","type":"escalation_policy_reference"},
         "teams":[],"priority":null,"urgency":"high","conference_bridge":null,"resolve_reason":null}
        """.formatted(id, id, id, status);
  }

  static String note(String incidentId, String content) {
    return """
        {"incident":{"html_url":"https://acme.pagerduty.com/incidents/%s","id":"%s",
           "self":"https://api.pagerduty.com/incidents/%s","summary":"A little bump in the road","type":"incident_reference"},
         "id":"P2LA89X","content":"%s","trimmed":false,"type":"incident_note"}
        """.formatted(incidentId, incidentId, incidentId, content);
  }

  private static String signature(String secret, String body) {
    return "v1=" + PagerDutySignature.sign(secret.getBytes(StandardCharsets.UTF_8),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private Http.Response post(String body, String signatureHeader) {
    return signatureHeader == null
        ? http().post(PATH, body, "application/json")
        : http().post(PATH, body, "application/json", "X-PagerDuty-Signature", signatureHeader);
  }

  @Test
  void onePagerDutyIncidentIsOneFirebreakIncidentDrivenByItsEvents() throws Exception {
    String pd = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String triggered = event("incident.triggered", incident(pd, "triggered"));
    // during a secret rotation PagerDuty signs with both secrets; the second one is ours
    Http.Response first = post(triggered, signature("old-secret", triggered) + "," + signature(SECRET, triggered));
    assertThat(first.status()).isEqualTo(202);
    String id = first.incidentId();
    String again = event("incident.triggered", incident(pd, "triggered"));
    assertThat(post(again, signature(SECRET, again)).incidentId()).isEqualTo(id);

    JsonNode detail = http().await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));
    assertThat(detail.at("/incident/source").asText()).isEqualTo("pagerduty");
    assertThat(detail.at("/incident/title").asText()).isEqualTo("A little bump in the road");
    assertThat(detail.at("/incident/service").asText()).isEqualTo("API Service");
    assertThat(detail.get("alerts")).hasSize(1);

    String ack = event("incident.acknowledged", incident(pd, "acknowledged"));
    assertThat(post(ack, signature(SECRET, ack)).status()).isEqualTo(202);
    detail = http().await("/api/v1/incidents/" + id, status("MITIGATING").or(j ->
        j.at("/incident/acknowledgedBy").asText().contains("Tenex Engineer")));
    assertThat(detail.at("/incident/acknowledgedBy").asText()).contains("Tenex Engineer");

    String annotated = event("incident.annotated", note(pd, "Rolling back the API release"));
    assertThat(post(annotated, signature(SECRET, annotated)).status()).isEqualTo(202);
    http().await("/api/v1/incidents/" + id, j -> j.get("timeline").toString()
        .contains("Rolling back the API release"));
    // a note written in Firebreak goes to the PagerDuty incident; PagerDuty's own notes do not go back
    PAGERDUTY_API.enqueue(new MockResponse.Builder().code(201)
        .body("{\"note\":{\"id\":\"PWL7QXS\",\"content\":\"x\"}}").build());
    assertThat(http().post("/api/v1/incidents/" + id + "/notes", "{\"text\":\"DB failover started\"}").status())
        .isEqualTo(202);
    var mirrored = PAGERDUTY_API.takeRequest(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(mirrored).isNotNull();
    assertThat(mirrored.getUrl().encodedPath()).isEqualTo("/incidents/" + pd + "/notes");
    assertThat(mirrored.getHeaders().get("From")).isEqualTo("firebreak@acme.example");
    assertThat(mirrored.getBody().utf8()).contains("DB failover started — test-admin via rest")
        .doesNotContain("Rolling back the API release");

    String resolved = event("incident.resolved", incident(pd, "resolved"));
    assertThat(post(resolved, signature(SECRET, resolved)).status()).isEqualTo(202);
    detail = http().await("/api/v1/incidents/" + id, j -> j.at("/incident/resolvedAt").isTextual());
    assertThat(detail.get("timeline").toString()).contains("Tenex Engineer");
    assertThat(jdbc.queryForObject("select count(*) from incidents where group_key = ?", Integer.class, pd))
        .isEqualTo(1);
  }

  @Test
  void wrongOrMissingSignaturesAreRefusedAndNothingIsStored() {
    String body = event("incident.triggered", incident("PBADSIG", "triggered"));
    int before = count("incidents");

    Http.Response wrong = post(body, signature("not-the-secret", body));
    Http.Response tampered = post(body.replace("A little bump", "A big bump"), signature(SECRET, body));
    Http.Response missing = post(body, null);

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(tampered.status()).isEqualTo(401);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.body()).contains("X-PagerDuty-Signature");
    assertThat(count("incidents")).isEqualTo(before);
  }

  @Test
  void aSignedButMalformedEventIsA400NamingTheField() {
    String body = event("incident.triggered", "{\"type\":\"incident\",\"title\":\"no id\"}");

    Http.Response r = post(body, signature(SECRET, body));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("field").asText()).isEqualTo("event.data.id");
  }

  @Test
  void eventsForIncidentsFirebreakNeverOpenedAreAcknowledgedButIgnored() {
    String body = event("incident.acknowledged", incident("PUNKNOWN", "acknowledged"));

    Http.Response r = post(body, signature(SECRET, body));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("outcome").asText()).isEqualTo("ignored");
  }
}
