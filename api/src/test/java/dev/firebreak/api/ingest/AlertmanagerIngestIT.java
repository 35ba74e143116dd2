package dev.firebreak.api.ingest;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertmanagerIngestIT extends FirebreakIT {

  static String groupKey() {
    return "{}:{alertname=\"HighLatency\", run=\"" + UUID.randomUUID() + "\"}";
  }

  @Test
  void alertGroupOpensAnIncidentThatIsTriagedStoredAndServed() {
    Http http = http();
    var accepted = http.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager(groupKey(), "firing", "aa11bb22cc33dd44", "firing", "checkout"));
    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.incidentId();

    JsonNode detail = http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));

    assertThat(detail.at("/incident/service").asText()).isEqualTo("checkout");
    assertThat(detail.at("/incident/severity").asText()).isEqualTo("sev1");
    assertThat(detail.get("alerts")).hasSize(1);
    assertThat(detail.at("/alerts/0/fingerprint").asText()).isEqualTo("aa11bb22cc33dd44");
    assertThat(detail.at("/alerts/0/generatorUrl").asText()).startsWith("http://prometheus:9090/graph");
    assertThat(detail.get("evidence")).isNotEmpty();
    assertThat(detail.get("findings")).anySatisfy(f ->
        assertThat(f.get("title").asText()).isEqualTo("Route to team payments"));
    assertThat(detail.get("findings")).allSatisfy(f -> assertThat(f.get("evidenceIds")).isNotEmpty());
    assertThat(jdbc.queryForObject("select count(*) from timeline_events where incident_id = ?", Integer.class, id))
        .isGreaterThan(3);
    assertThat(jdbc.queryForObject("select status from incidents where id = ?", String.class, id))
        .isEqualTo("AWAITING_DECISION");
  }

  @Test
  void duplicateDeliveryJoinsTheOpenIncident() {
    Http http = http();
    String key = groupKey();
    String payload = Payloads.alertmanager(key, "firing", "0011223344556677", "firing", "search");

    String first = http.post("/api/v1/alerts/alertmanager", payload).incidentId();
    String second = http.post("/api/v1/alerts/alertmanager", payload).incidentId();
    http.await("/api/v1/incidents/" + first, status("AWAITING_DECISION"));
    String third = http.post("/api/v1/alerts/alertmanager", payload).incidentId();

    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(jdbc.queryForObject("select count(*) from incidents where group_key = ?", Integer.class, key))
        .isEqualTo(1);
    JsonNode detail = http.get("/api/v1/incidents/" + first).json();
    assertThat(detail.get("timeline").findValuesAsText("type").stream().filter("alert"::equals)).hasSize(1);
  }

  @Test
  void resolvedNotificationIsShownAndTheIncidentStaysOpen() {
    Http http = http();
    String key = groupKey();
    String id = http.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager(key, "firing", "1111222233334444", "firing", "orders")).incidentId();
    http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));

    http.post("/api/v1/alerts/alertmanager", Payloads.alertmanager(key, "resolved", "1111222233334444", "resolved", "orders"));

    JsonNode detail = http.await("/api/v1/incidents/" + id,
        j -> j.get("timeline").findValuesAsText("type").contains("alerts-resolved"));
    assertThat(detail.at("/incident/status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(detail.at("/alerts/0/status").asText()).isEqualTo("resolved");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "not JSON|{oops|body",
    "array|[]|body",
    "wrong version|{\"version\":\"3\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"firing\",\"alerts\":[]}|version",
    "missing groupKey|{\"version\":\"4\",\"receiver\":\"r\",\"status\":\"firing\",\"alerts\":[]}|groupKey",
    "bad status|{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"burning\",\"alerts\":[]}|status",
    "no alerts|{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"firing\",\"alerts\":[]}|alerts",
    "alert without alertname|{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"a\":\"b\"},\"startsAt\":\"2026-03-01T10:00:00Z\"}]}|alerts[0].labels.alertname",
    "label not a string|{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":5},\"startsAt\":\"2026-03-01T10:00:00Z\"}]}|alerts[0].labels.alertname",
    "bad time|{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"k\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"yesterday\"}]}|alerts[0].startsAt"
  })
  void invalidPayloadIsRejectedNamingTheFieldAndNothingIsStored(String name, String body, String field) {
    int before = count("incidents");

    Http.Response r = http().post("/api/v1/alerts/alertmanager", body);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(r.json().get("field").asText()).isEqualTo(field);
    assertThat(r.json().get("detail").asText()).startsWith(field + ":");
    assertThat(count("incidents")).isEqualTo(before);
  }

  @Test
  void oversizedBodyIsRejectedWith413() {
    String huge = "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}";

    Http.Response r = http().post("/api/v1/alerts/alertmanager", huge);

    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void wrongContentTypeIsRejected() {
    Http.Response r = http().post("/api/v1/alerts/alertmanager", "{}", "text/plain");

    assertThat(r.status()).isEqualTo(415);
  }
}
