package dev.firebreak.slackbot.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.firebreak.slackbot.Incidents;
import dev.firebreak.workflows.incident.ActionState;
import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.RetrievalActivities.SimilarIncidentRef;
import dev.firebreak.workflows.incident.RoleHolder;
import dev.firebreak.workflows.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageCardTest {

  static JsonArray json(IncidentState s) {
    return GsonFactory.createSnakeCase().toJsonTree(TriageCard.blocks(s)).getAsJsonArray();
  }

  static List<JsonObject> buttons(JsonArray blocks) {
    List<JsonObject> buttons = new ArrayList<>();
    for (JsonElement b : blocks) {
      JsonObject block = b.getAsJsonObject();
      if (block.get("type").getAsString().equals("actions")) {
        block.getAsJsonArray("elements").forEach(e -> buttons.add(e.getAsJsonObject()));
      }
    }
    return buttons;
  }

  @Test
  void cardShowsFactsFindingsWithEvidenceHypothesesAndActions() {
    String card = json(Incidents.triaged()).toString();
    assertThat(card).contains("checkout p99 latency above 1s", "SEV1", "checkout", "awaiting decision",
        "<!date^1772359770^", "payments");
    assertThat(card).contains("Deploy a39bf2c 4 min before the alert", "`ev-deploy-1`",
        "Deploy a39bf2c by dana: Resize connection pool");
    assertThat(card).contains("1. Deploy a39bf2c of checkout — *82%*", "2. Connection pool saturation in checkout — *41%*");
    // alert text is escaped: it cannot forge a mention or a link
    assertThat(card).contains("&lt;Timeout waiting for connection&gt;");
  }

  @Test
  void everyButtonNamesItsIncidentAndAction() {
    List<JsonObject> buttons = buttons(json(Incidents.triaged()));
    assertThat(buttons).extracting(b -> b.get("action_id").getAsString()).containsExactly(
        "firebreak.approve:" + Incidents.ID + "|" + Incidents.ROLLBACK,
        "firebreak.reject:" + Incidents.ID + "|" + Incidents.ROLLBACK,
        "firebreak.approve:" + Incidents.ID + "|" + Incidents.PAGE,
        "firebreak.reject:" + Incidents.ID + "|" + Incidents.PAGE,
        "firebreak.ack:" + Incidents.ID,
        "firebreak.resolve:" + Incidents.ID);
    assertThat(buttons).extracting(b -> b.get("value").getAsString()).containsExactly(
        Incidents.ID + "|" + Incidents.ROLLBACK, Incidents.ID + "|" + Incidents.ROLLBACK,
        Incidents.ID + "|" + Incidents.PAGE, Incidents.ID + "|" + Incidents.PAGE, Incidents.ID, Incidents.ID);
    assertThat(ActionIds.parse(buttons.get(0).get("value").getAsString()))
        .isEqualTo(new ActionIds.Target(Incidents.ID, Incidents.ROLLBACK));
  }

  @Test
  void decidedActionsShowWhoDecidedInsteadOfButtons() {
    IncidentState s = Incidents.triaged();
    Actor alice = new Actor("alice", "slack");
    s.actions.set(0, s.actions.get(0).decide(ActionState.Status.APPROVED, alice, Instant.now(), null)
        .finish(ActionState.Status.EXECUTED, "rolled back checkout to 9e1d0aa"));
    s.acknowledgedAt = Instant.now();
    s.acknowledgedBy = alice;
    JsonArray card = json(s);
    assertThat(buttons(card)).extracting(b -> b.get("action_id").getAsString())
        .noneMatch(id -> id.contains(Incidents.ROLLBACK))
        .noneMatch(id -> id.startsWith("firebreak.ack"));
    assertThat(card.toString()).contains("approved by alice, executed", "rolled back checkout to 9e1d0aa",
        "Acknowledged by*\\nalice");
  }

  @Test
  void resolvedCardHasNoButtonsAndShowsTheResolution() {
    IncidentState s = Incidents.triaged();
    s.status = IncidentStatus.RESOLVED;
    s.resolvedBy = new Actor("alice", "slack");
    s.resolutionSummary = "Rolled back a39bf2c";
    s.confirmedHypothesisId = "h-deploy-checkout-a39bf2c";
    JsonArray card = json(s);
    assertThat(buttons(card)).isEmpty();
    assertThat(card.toString()).contains("✅ checkout", "Rolled back a39bf2c", "confirmed root cause");
  }

  @Test
  void cardStaysWithinSlackLimits() {
    IncidentState s = Incidents.triaged();
    s.title = "x".repeat(500);
    JsonArray card = json(s);
    assertThat(card.size()).isLessThanOrEqualTo(50);
    assertThat(card.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length())
        .isLessThanOrEqualTo(150);
  }

  @Test
  void roleHoldersAreShownAsMentionsWhenNamedInSlackAndEscapedOtherwise() {
    IncidentState s = Incidents.triaged();
    Actor alice = new Actor("alice", "slack");
    s.roles.put(IncidentRole.COMMANDER, new RoleHolder("bob", "slack", "U0BOB", alice, Instant.now()));
    s.roles.put(IncidentRole.COMMUNICATIONS, new RoleHolder("<!channel> eve", "rest", null, alice, Instant.now()));

    String card = json(s).toString();

    assertThat(card).contains("*Commander*\\n<@U0BOB>", "*Communications*\\n&lt;!channel&gt; eve");
    assertThat(card).doesNotContain("Scribe");
    assertThat(IncidentText.status(s)).contains("Roles: commander <@U0BOB>, communications &lt;!channel&gt; eve");
    assertThat(IncidentText.status(Incidents.triaged())).contains("Roles: none given yet");
  }

  @Test
  void similarPastIncidentsAreListedWithWhatMatched() {
    IncidentState s = Incidents.triaged();
    assertThat(json(s).toString()).doesNotContain("Similar past incidents");
    s.similar = new ArrayList<>(List.of(
        new SimilarIncidentRef("postmortems/2025-11-checkout-pool.md", "POSTMORTEM", "Checkout pool exhaustion after deploy",
            "Root cause", 0.91, "deploy", List.of("checkout"), "shared service checkout; same root-cause kind (deploy)"),
        new SimilarIncidentRef("runbooks/pool.md", "RUNBOOK", "Connection pool <tuning>", null, 0.5, null, List.of(), null)));

    String card = json(s).toString();

    assertThat(card).contains("*Similar past incidents*", "*Checkout pool exhaustion after deploy* (postmortem, Root cause)"
        + " — shared service checkout; same root-cause kind (deploy)", "`postmortems/2025-11-checkout-pool.md`",
        "*Connection pool &lt;tuning&gt;* (runbook)");
  }
}
