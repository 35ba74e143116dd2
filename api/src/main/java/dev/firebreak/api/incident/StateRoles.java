package dev.firebreak.api.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who holds which incident role (commander, scribe, communications), read from the stored workflow
 * state. Read from the JSON tree rather than a typed field so that a state written before roles
 * existed, or one holding a role this build does not know, still reads: a role that is not there
 * is simply absent.
 */
final class StateRoles {
  static final String COMMANDER = "commander";

  private StateRoles() {}

  /** Role (lower case) → holder's name, in the order the state lists them; empty when none. */
  static Map<String, String> of(String stateJson) {
    if (stateJson == null || stateJson.isBlank()) {
      return Map.of();
    }
    JsonNode roles;
    try {
      roles = Json.MAPPER.readTree(stateJson).path("roles");
    } catch (java.io.IOException e) {
      return Map.of();
    }
    Map<String, String> holders = new LinkedHashMap<>();
    roles.properties().forEach(entry -> {
      String name = entry.getValue().path("name").asText("").strip();
      if (!name.isEmpty()) {
        holders.put(entry.getKey().toLowerCase(Locale.ROOT), name);
      }
    });
    return Collections.unmodifiableMap(holders);
  }
}
