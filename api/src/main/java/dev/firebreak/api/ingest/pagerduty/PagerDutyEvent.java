package dev.firebreak.api.ingest.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.web.ApiException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The parts of a PagerDuty Webhooks V3 event Firebreak uses. {@code incidentId} is PagerDuty's
 * incident id; {@code incidentKey} its dedup key when the payload carries one (an incident opened
 * by Firebreak's own page has the incident's workflow id there).
 */
public record PagerDutyEvent(
    String id,
    String type,
    Instant occurredAt,
    String actor,
    String incidentId,
    String incidentKey,
    String title,
    String service,
    String urgency,
    String htmlUrl,
    String note,
    String resolveReason) {

  /** Reads the body, reporting the first missing or malformed field by its path. */
  public static PagerDutyEvent parse(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiException.badField("body", "not valid JSON");
    }
    if (root == null || !root.path("event").isObject()) {
      throw ApiException.badField("event", "must be an object (PagerDuty Webhooks V3)");
    }
    JsonNode event = root.get("event");
    String id = text(event, "event.id");
    String type = text(event, "event.event_type");
    JsonNode data = event.path("data");
    if (!data.isObject()) {
      throw ApiException.badField("event.data", "must be an object");
    }
    Instant occurredAt = instant(event.path("occurred_at"), "event.occurred_at");
    String actor = event.path("agent").path("summary").asText("");
    if (type.equals("incident.annotated")) {
      return new PagerDutyEvent(id, type, occurredAt, actor,
          text(data.path("incident"), "event.data.incident.id"), null,
          data.path("incident").path("summary").asText(""), null, null,
          data.path("incident").path("html_url").asText(""), text(data, "event.data.content"), null);
    }
    if (!type.startsWith("incident.")) {
      return new PagerDutyEvent(id, type, occurredAt, actor, null, null, null, null, null, null,
          null, null);
    }
    return new PagerDutyEvent(id, type, occurredAt, actor, text(data, "event.data.id"),
        data.path("incident_key").isTextual() ? data.get("incident_key").asText() : null,
        data.path("title").asText(""), data.path("service").path("summary").asText(""),
        data.path("urgency").asText(""), data.path("html_url").asText(""), null,
        data.path("resolve_reason").isTextual() ? data.get("resolve_reason").asText() : null);
  }

  private static String text(JsonNode parent, String path) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    JsonNode v = parent.path(name);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ApiException.badField(path, "must be a non-empty string");
    }
    return v.asText();
  }

  private static Instant instant(JsonNode v, String path) {
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw ApiException.badField(path, "must be an ISO 8601 UTC time");
    }
  }
}
