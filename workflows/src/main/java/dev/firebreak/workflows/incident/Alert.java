package dev.firebreak.workflows.incident;

import java.time.Instant;
import java.util.Map;

/** One alert of a group as the incident knows it; {@code endsAt} is null while firing. */
public record Alert(
    String fingerprint,
    String status,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String generatorUrl) {

  public Alert {
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    annotations = Map.copyOf(annotations == null ? Map.of() : annotations);
  }

  public boolean firing() {
    return "firing".equals(status);
  }

  public String alertname() {
    return labels.get("alertname");
  }
}
