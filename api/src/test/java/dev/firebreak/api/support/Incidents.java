package dev.firebreak.api.support;

import static dev.firebreak.api.support.Http.status;

import java.util.ArrayList;
import java.util.List;

/** Incidents the integration tests need, produced through the public API. */
public final class Incidents {
  private Incidents() {}

  /** Pushes a deploy and the errors after it, then the alert: triage proposes a rollback of a39bf2c. */
  public static String afterBadDeploy(Http http, String service) {
    return afterBadDeploy(http, service, "Resize connection pool");
  }

  public static String afterBadDeploy(Http http, String service, String deployMessage) {
    return afterBadDeploy(http, service, deployMessage, null);
  }

  /** As above, the alert carrying the webhook's shared secret when one is configured. */
  public static String afterBadDeploy(Http http, String service, String deployMessage, String webhookToken) {
    http.post("/api/v1/context/deploys", """
        {"deploys": [{"ts": "2026-03-01T10:05:00Z", "service": "%s", "commit": "a39bf2c", "author": "dana",
          "message": "%s", "files": ["src/main/java/Pool.java"]}]}
        """.formatted(service, deployMessage));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add("""
          {"ts": "2026-03-01T10:%02d:%02dZ", "service": "%s", "level": "ERROR",
           "message": "Timeout waiting for connection from pool after %dms"}"""
          .formatted(6 + i / 20, (i * 3) % 60, service, 30000 + i));
    }
    http.post("/api/v1/context/logs", "{\"lines\": [" + String.join(",", lines) + "]}");
    String fingerprint = String.format("%016x", (long) service.hashCode() & 0xffffffffL);
    String alert = Payloads.alertmanager("{}:{service=\"" + service + "\"}", "firing", fingerprint, "firing", service);
    String id = (webhookToken == null ? http.post("/api/v1/alerts/alertmanager", alert)
        : http.post("/api/v1/alerts/alertmanager", alert, "application/json", "Authorization", "Bearer " + webhookToken))
        .incidentId();
    http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));
    return id;
  }
}
