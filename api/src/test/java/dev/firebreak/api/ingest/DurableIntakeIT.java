package dev.firebreak.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.workflows.incident.Alert;
import dev.firebreak.workflows.incident.IncidentIds;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An acknowledged delivery is never lost: what the buffer holds after a crash is handed over. */
class DurableIntakeIT extends FirebreakIT {
  @Autowired IntakeLog intakeLog;
  @Autowired AlertIntake intake;
  @Autowired DataSource dataSource;

  @Test
  void deliveryLeftInTheBufferByACrashReachesItsIncidentOnStart() {
    Alert alert = new Alert("deadbeef00000001", "firing", Map.of("alertname", "DiskFull", "service", "vault"),
        Map.of(), Instant.parse("2026-03-01T10:00:00Z"), null, null);
    AlertGroup group = new AlertGroup("alertmanager", "{}:{alertname=\"DiskFull\",crash=\"1\"}", "firing",
        Map.of("alertname", "DiskFull", "service", "vault"), Map.of(), List.of(alert));
    intakeLog.append(group);

    intake.resumeLeftovers();

    Http http = http();
    String workflowId = IncidentIds.workflowIdForGroup("alertmanager", group.groupKey());
    var page = http.await("/api/v1/incidents?workflowId=" + workflowId, j -> j.get("items").size() == 1);
    String id = page.at("/items/0/id").asText();
    var detail = http.await("/api/v1/incidents/" + id, j -> j.get("alerts").size() == 1);
    assertThat(detail.at("/alerts/0/fingerprint").asText()).isEqualTo("deadbeef00000001");
    assertThat(intakeLog.pending()).noneMatch(e -> e.group().groupKey().equals(group.groupKey()));
  }

  @Test
  void aDeliveryIsStoredWhileIncidentWorkHoldsEveryOrdinaryConnection() throws Exception {
    HikariDataSource primary = (HikariDataSource) dataSource;
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < primary.getMaximumPoolSize(); i++) {
        held.add(primary.getConnection());
      }
      AlertGroup group = new AlertGroup("alertmanager", "{}:{alertname=\"PoolBusy\"}", "firing", Map.of(), Map.of(),
          List.of(new Alert("p1", "firing", Map.of("alertname", "PoolBusy"), Map.of(), Instant.EPOCH, null, null)));

      // the ordinary pool would make it wait its whole connection timeout (30 s) and fail
      long id = CompletableFuture.supplyAsync(() -> intakeLog.append(group)).get(5, TimeUnit.SECONDS);

      assertThat(intakeLog.pending()).anyMatch(e -> e.id() == id);
      intakeLog.remove(List.of(id));
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  @Test
  void laterDeliveriesOfAGroupWinPerFingerprintWhenCoalesced() {
    Alert firing = new Alert("f1", "firing", Map.of("alertname", "X"), Map.of(), Instant.EPOCH, null, null);
    Alert resolved = new Alert("f1", "resolved", Map.of("alertname", "X"), Map.of(), Instant.EPOCH,
        Instant.EPOCH.plusSeconds(60), null);
    Alert other = new Alert("f2", "firing", Map.of("alertname", "X"), Map.of(), Instant.EPOCH, null, null);
    AlertGroup a = new AlertGroup("alertmanager", "k", "firing", Map.of(), Map.of(), List.of(firing, other));
    AlertGroup b = new AlertGroup("alertmanager", "k", "firing", Map.of(), Map.of(), List.of(resolved));

    AlertGroup merged = AlertIntake.merge(List.of(new AlertIntake.Pending(1, a, null), new AlertIntake.Pending(2, b, null)));

    assertThat(merged.alerts()).extracting(Alert::fingerprint, Alert::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("f1", "resolved"),
            org.assertj.core.groups.Tuple.tuple("f2", "firing"));
  }
}
