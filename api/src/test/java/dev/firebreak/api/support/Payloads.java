package dev.firebreak.api.support;

/** Alertmanager webhook payloads (version 4) exactly as Alertmanager sends them. */
public final class Payloads {
  private Payloads() {}

  public static String alertmanager(String groupKey, String status, String fingerprint, String alertStatus,
      String service) {
    String endsAt = alertStatus.equals("resolved") ? "2026-03-01T10:20:00Z" : "0001-01-01T00:00:00Z";
    return """
        {
          "receiver": "firebreak",
          "status": "%s",
          "alerts": [
            {
              "status": "%s",
              "labels": {"alertname": "HighLatency", "service": "%s", "severity": "critical", "team": "payments"},
              "annotations": {"summary": "%s p99 latency above 1s", "description": "p99 over 1s for 5m"},
              "startsAt": "2026-03-01T10:09:00Z",
              "endsAt": "%s",
              "generatorURL": "http://prometheus:9090/graph?g0.expr=histogram_quantile",
              "fingerprint": "%s"
            }
          ],
          "groupLabels": {"alertname": "HighLatency"},
          "commonLabels": {"alertname": "HighLatency", "service": "%s", "severity": "critical", "team": "payments"},
          "commonAnnotations": {"summary": "%s p99 latency above 1s"},
          "externalURL": "http://alertmanager:9093",
          "version": "4",
          "groupKey": "%s",
          "truncatedAlerts": 0
        }
        """.formatted(status, alertStatus, service, service, endsAt, fingerprint, service, service,
        groupKey.replace("\"", "\\\""));
  }
}
