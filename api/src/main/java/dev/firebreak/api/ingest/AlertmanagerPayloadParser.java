package dev.firebreak.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an Alertmanager webhook payload (version 4) strictly: every field is checked, and the
 * first problem is reported with its path (e.g. {@code alerts[2].startsAt}).
 */
public final class AlertmanagerPayloadParser {
  /** Alertmanager's "not set" time for endsAt while an alert fires. */
  private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private final FirebreakProperties.Ingest limits;

  public AlertmanagerPayloadParser(FirebreakProperties.Ingest limits) {
    this.limits = limits;
  }

  public AlertGroup parse(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw ApiException.badField("body", "not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw ApiException.badField("body", "must be a JSON object");
    }
    String version = text(root, "version", true);
    if (!"4".equals(version)) {
      throw ApiException.badField("version", "must be \"4\" (Alertmanager webhook version 4)");
    }
    text(root, "receiver", true);
    String groupKey = text(root, "groupKey", true);
    if (groupKey.isBlank()) {
      throw ApiException.badField("groupKey", "must not be empty");
    }
    String status = status(root, "status");
    Map<String, String> common = labels(root, "commonLabels", false);
    labels(root, "groupLabels", false);
    Map<String, String> annotations = stringMap(root, "commonAnnotations", false);
    JsonNode externalUrl = root.get("externalURL");
    if (externalUrl != null && !externalUrl.isTextual()) {
      throw ApiException.badField("externalURL", "must be a string");
    }
    JsonNode truncated = root.get("truncatedAlerts");
    if (truncated != null && (!truncated.isIntegralNumber() || truncated.asLong() < 0)) {
      throw ApiException.badField("truncatedAlerts", "must be a non-negative integer");
    }
    JsonNode alerts = root.get("alerts");
    if (alerts == null || !alerts.isArray() || alerts.isEmpty()) {
      throw ApiException.badField("alerts", "must be a non-empty array");
    }
    if (alerts.size() > limits.maxAlertsPerPayload()) {
      throw ApiException.badField("alerts", "at most " + limits.maxAlertsPerPayload() + " alerts per payload");
    }
    List<Alert> parsed = new ArrayList<>();
    // a group's alerts share a few times (endsAt is the zero time while they fire): parse each once
    Map<String, Instant> times = new HashMap<>();
    for (int i = 0; i < alerts.size(); i++) {
      parsed.add(alert(alerts.get(i), "alerts[" + i + "]", times));
    }
    return new AlertGroup("alertmanager", groupKey, status, common, annotations, parsed);
  }

  private Alert alert(JsonNode node, String path, Map<String, Instant> times) {
    if (!node.isObject()) {
      throw ApiException.badField(path, "must be an object");
    }
    String status = status(node, path + ".status");
    Map<String, String> labels = labels(node, path + ".labels", true);
    if (!labels.containsKey("alertname") || labels.get("alertname").isBlank()) {
      throw ApiException.badField(path + ".labels.alertname", "is required");
    }
    Map<String, String> annotations = stringMap(node, path + ".annotations", false);
    Instant startsAt = time(node, path + ".startsAt", true, times);
    Instant endsAt = time(node, path + ".endsAt", false, times);
    if (endsAt != null && !endsAt.isAfter(ZERO_TIME)) {
      endsAt = null;
    }
    String generator = optionalText(node, path + ".generatorURL");
    String fingerprint = optionalText(node, path + ".fingerprint");
    if (fingerprint == null || fingerprint.isBlank()) {
      fingerprint = IncidentIds.sha256(new TreeMap<>(labels).toString()).substring(0, 16);
    } else if (fingerprint.length() > 128) {
      throw ApiException.badField(path + ".fingerprint", "at most 128 characters");
    }
    return new Alert(fingerprint, status, labels, annotations, startsAt, endsAt, generator);
  }

  private String status(JsonNode node, String path) {
    String status = leafText(node, path, true);
    if (!"firing".equals(status) && !"resolved".equals(status)) {
      throw ApiException.badField(path, "must be \"firing\" or \"resolved\"");
    }
    return status;
  }

  private Map<String, String> labels(JsonNode node, String path, boolean required) {
    Map<String, String> map = stringMap(node, path, required);
    if (map.size() > limits.maxLabels()) {
      throw ApiException.badField(path, "at most " + limits.maxLabels() + " labels");
    }
    return map;
  }

  private Map<String, String> stringMap(JsonNode parent, String path, boolean required) {
    JsonNode node = parent.get(leaf(path));
    if (node == null || node.isNull()) {
      if (required) {
        throw ApiException.badField(path, "is required");
      }
      return Map.of();
    }
    if (!node.isObject()) {
      throw ApiException.badField(path, "must be an object of strings");
    }
    Map<String, String> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (!f.getValue().isTextual()) {
        throw ApiException.badField(path + "." + f.getKey(), "must be a string");
      }
      if (f.getKey().length() > limits.maxLabelLength() || f.getValue().asText().length() > limits.maxLabelLength()) {
        throw ApiException.badField(path + "." + f.getKey(), "longer than " + limits.maxLabelLength() + " characters");
      }
      out.put(f.getKey(), f.getValue().asText());
    }
    return out;
  }

  private static Instant time(JsonNode node, String path, boolean required, Map<String, Instant> times) {
    String text = leafText(node, path, required);
    if (text == null) {
      return null;
    }
    Instant known = times.get(text);
    if (known != null) {
      return known;
    }
    try {
      Instant parsed = OffsetDateTime.parse(text).toInstant();
      times.put(text, parsed);
      return parsed;
    } catch (DateTimeParseException e) {
      throw ApiException.badField(path, "must be an RFC 3339 time");
    }
  }

  private static String text(JsonNode node, String field, boolean required) {
    return leafText(node, field, required);
  }

  private static String optionalText(JsonNode node, String path) {
    return leafText(node, path, false);
  }

  private static String leafText(JsonNode node, String path, boolean required) {
    JsonNode value = node.get(leaf(path));
    if (value == null || value.isNull()) {
      if (required) {
        throw ApiException.badField(path, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badField(path, "must be a string");
    }
    return value.asText();
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
