package dev.firebreak.workflows.incident;

import java.util.ArrayList;
import java.util.List;

/** Folds a batch of alerts into the incident and says what changed, for the timeline. */
final class AlertMerge {
  private AlertMerge() {}

  /** Returns one line per alert that is new or changed status; unchanged repeats give none. */
  static List<String> apply(IncidentState state, AlertBatch batch) {
    List<String> changes = new ArrayList<>();
    for (Alert alert : batch.alerts()) {
      Alert known = state.alerts.get(alert.fingerprint());
      String name = alert.alertname() + " [" + alert.fingerprint() + "]";
      if (known == null) {
        changes.add("Alert " + name + " " + alert.status());
      } else if (!known.status().equals(alert.status())) {
        changes.add("Alert " + name + (alert.firing() ? " firing again" : " resolved"));
      } else {
        continue;
      }
      state.alerts.put(alert.fingerprint(), alert);
    }
    return changes;
  }

  static boolean allResolved(IncidentState state) {
    return !state.alerts.isEmpty() && state.alerts.values().stream().noneMatch(Alert::firing);
  }
}
