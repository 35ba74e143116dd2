package dev.firebreak.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the API, restarts and later incidents read is exactly the last state the workflow saved. */
class IncidentRecordsIT extends FirebreakIT {
  private static final Instant OPENED = Instant.parse("2026-05-01T10:00:00Z");

  @Autowired JdbcIncidentRecords records;

  @Test
  void eachSaveLeavesTheRowsOfExactlyThatState() {
    IncidentState state = incident("inc-records-1");
    state.timeline.add(event(1, "opened"));
    state.timeline.add(event(2, "note"));
    records.save(state, "run-1");

    state.timeline.add(event(3, "alert"));
    state.timeline.add(event(4, "note"));
    state.status = IncidentStatus.MITIGATING;
    state.alerts.put("fp-2", alert("fp-2", "resolved"));
    records.save(state, "run-1");
    records.save(state, "run-1");

    assertThat(timeline("inc-records-1")).containsExactly("0 t-1 opened", "1 t-2 note", "2 t-3 alert", "3 t-4 note");
    assertThat(jdbc.queryForList("select note_id from notes where incident_id = 'inc-records-1' order by note_id",
        String.class)).containsExactly("t-2", "t-4");
    assertThat(jdbc.queryForList("select fingerprint || ' ' || status from incident_alerts"
        + " where incident_id = 'inc-records-1' order by fingerprint", String.class))
        .containsExactly("fp-1 firing", "fp-2 resolved");
    assertThat(jdbc.queryForObject("select status from incidents where id = 'inc-records-1'", String.class))
        .isEqualTo("MITIGATING");
    assertThat(jdbc.queryForObject("select count(*) from incidents where id = 'inc-records-1'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void anOlderStateSavedOverANewerOneReplacesItsTimeline() {
    IncidentState newer = incident("inc-records-2");
    newer.timeline.add(event(1, "opened"));
    newer.timeline.add(event(2, "note"));
    newer.timeline.add(event(3, "alert"));
    records.save(newer, "run-2");

    IncidentState older = incident("inc-records-2");
    older.timeline.add(event(1, "opened"));
    records.save(older, "run-1");

    assertThat(timeline("inc-records-2")).containsExactly("0 t-1 opened");
    assertThat(jdbc.queryForObject("select count(*) from notes where incident_id = 'inc-records-2'", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("select workflow_run_id from incidents where id = 'inc-records-2'", String.class))
        .isEqualTo("run-1");
  }

  private List<String> timeline(String incidentId) {
    return jdbc.queryForList("select seq || ' ' || event_id || ' ' || type from timeline_events"
        + " where incident_id = ? order by seq", String.class, incidentId);
  }

  private static IncidentState incident(String id) {
    IncidentState s = new IncidentState();
    s.incidentId = id;
    s.workflowId = "wf-" + id;
    s.title = "Checkout latency";
    s.service = "checkout";
    s.severity = "critical";
    s.source = "alertmanager";
    s.openedAt = OPENED;
    s.labels.put("alertname", "HighLatency");
    s.alerts.put("fp-1", alert("fp-1", "firing"));
    return s;
  }

  private static Alert alert(String fingerprint, String status) {
    return new Alert(fingerprint, status, Map.of("alertname", "HighLatency"), Map.of(), OPENED,
        status.equals("resolved") ? OPENED.plusSeconds(60) : null, null);
  }

  private static TimelineEvent event(int n, String type) {
    return new TimelineEvent("t-" + n, OPENED.plusSeconds(n), type, Actor.FIREBREAK, type + " " + n, List.of());
  }
}
