package dev.firebreak.activities.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.RoleHolder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostmortemDrafterTest {
  static final Instant OPENED = Instant.parse("2026-03-01T10:09:00Z");

  private static IncidentState escalatedThenAcknowledgedByAlice() {
    IncidentState s = new IncidentState();
    s.incidentId = "inc-0123456789ab";
    s.title = "checkout p99 above 1s";
    s.service = "checkout";
    s.severity = "sev2";
    s.status = IncidentStatus.RESOLVED;
    s.openedAt = OPENED;
    s.escalatedAt = OPENED.plusSeconds(900);
    s.acknowledgedAt = OPENED.plusSeconds(1000);
    s.acknowledgedBy = new Actor("alice", "slack");
    s.resolvedAt = OPENED.plusSeconds(3600);
    return s;
  }

  @Test
  void followUpsBelongToTheCommanderWhenOneWasAssigned() {
    IncidentState s = escalatedThenAcknowledgedByAlice();
    assertThat(PostmortemDrafter.draft(s).followUps()).isNotEmpty().allMatch(f -> f.endsWith(" — owner: alice"));

    s.roles.put(IncidentRole.COMMANDER, new RoleHolder("bob", "slack", "U0BOB", new Actor("alice", "slack"),
        OPENED.plusSeconds(1100)));
    s.roles.put(IncidentRole.SCRIBE, new RoleHolder("carol", "slack", "U0CAROL", new Actor("alice", "slack"),
        OPENED.plusSeconds(1100)));

    assertThat(PostmortemDrafter.draft(s).followUps()).isNotEmpty().allMatch(f -> f.endsWith(" — owner: bob"));
  }
}
