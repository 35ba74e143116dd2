package dev.firebreak.activities.postmortem;

import static dev.firebreak.activities.postmortem.Incidents.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.workflows.incident.Actor;
import dev.firebreak.workflows.incident.IncidentRole;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import dev.firebreak.workflows.incident.RoleHolder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemDrafterTest {

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

  @Test
  void impactFiguresAreMeasuredFromWhenTheIncidentOpened() {
    PostmortemDraft d = PostmortemDrafter.draft(Incidents.badDeployRolledBack());

    assertThat(d.durationMinutes()).isEqualTo(45);
    assertThat(d.minutesToAcknowledge()).isEqualTo(6);
    assertThat(d.minutesToFirstHypothesis()).isEqualTo(2);
    assertThat(d.minutesToMitigate()).isEqualTo(12);
    assertThat(d.alertsInvolved()).isEqualTo(2);
    assertThat(PostmortemMarkdown.render(d)).contains("- Duration: 45 min\n", "- Time to acknowledge: 6 min\n",
        "- Time to first hypothesis: 2 min\n", "- Time to mitigate: 12 min\n", "- Alerts involved: 2\n",
        "  - CheckoutLatencyHigh (critical, resolved, since 2026-03-01T10:08:00Z)");
  }

  @Test
  void figuresNeverMeasuredAreShownAsNotAvailable() {
    IncidentState s = escalatedThenAcknowledgedByAlice();
    PostmortemDraft d = PostmortemDrafter.draft(s);

    assertThat(d.minutesToMitigate()).isNull();
    assertThat(d.minutesToFirstHypothesis()).isNull();
    assertThat(PostmortemMarkdown.render(d)).contains("- Time to mitigate: n/a\n", "- Alerts involved: 0\n",
        "## Root cause (unconfirmed)\n\nNo root cause was identified from the evidence.\n",
        "## What we knew when\n\nNone.\n", "## Similar past incidents shown\n\nNone.\n");
  }

  @Test
  void theRootCauseConfirmedAtResolveSaysWhoConfirmedIt() {
    PostmortemDraft d = PostmortemDrafter.draft(Incidents.badDeployRolledBack());

    assertThat(d.rootCause().confirmed()).isTrue();
    assertThat(d.rootCause().confirmedBy()).isEqualTo("alice via slack");
    assertThat(PostmortemMarkdown.render(d)).contains("## Root cause\n\nDeploy a39bf2c of checkout\n\n"
        + "Confirmed at resolve by alice via slack.\n\nEvidence: ev-deploy-1, ev-metric-2\n");
  }

  @Test
  void aRootCauseNobodyConfirmedIsTheLeadingHypothesisMarkedUnconfirmed() {
    IncidentState s = Incidents.badDeployRolledBack();
    s.confirmedHypothesisId = null;
    PostmortemDraft d = PostmortemDrafter.draft(s);

    assertThat(d.rootCause().confirmed()).isFalse();
    assertThat(d.rootCause().confirmedBy()).isNull();
    assertThat(d.rootCause().ref()).isEqualTo("a39bf2c");
    assertThat(PostmortemMarkdown.render(d)).contains("## Root cause (unconfirmed)\n\nDeploy a39bf2c of checkout\n\n"
        + "Not confirmed at resolve: this was the leading hypothesis when the incident was resolved.\n");
    assertThat(d.followUps()).first().asString().startsWith("Confirm the root cause");
  }

  @Test
  void contributingFactorsAreTheMediumAndHighFindingsWithTheirEvidence() {
    PostmortemDraft d = PostmortemDrafter.draft(Incidents.badDeployRolledBack());

    assertThat(d.contributingFactors()).containsExactly(
        "Deploy a39bf2c shortly before latency rose [evidence: ev-deploy-1, ev-metric-2]",
        "p99 latency 1.8s against 0.2s [evidence: ev-metric-2]");
  }

  @Test
  void actionsSayWhoApprovedOrRejectedThemAndWhen() {
    PostmortemDraft d = PostmortemDrafter.draft(Incidents.badDeployRolledBack());

    assertThat(d.actionsTaken()).containsExactly(
        "Roll back checkout to before a39bf2c — approved by alice via slack at T+12 min; executed: "
            + "rollback of checkout recorded",
        "Scale up checkout — rejected by bob via rest at T+13 min (pool, not CPU)");
    assertThat(d.followUps()).containsExactly(
        "Add a canary check on checkout that would have caught a39bf2c — owner: alice");
  }

  @Test
  void whatWeKnewWhenFollowsEvidenceRankingAndDecisionsInOrder() {
    List<PostmortemDraft.KnownAt> known = PostmortemDrafter.draft(Incidents.badDeployRolledBack()).whatWeKnewWhen();

    assertThat(known).extracting(PostmortemDraft.KnownAt::kind).containsExactly("alert", "status", "evidence",
        "findings", "similar", "hypotheses", "status", "decision", "evidence", "decision", "action", "decision",
        "decision");
    assertThat(known).extracting(PostmortemDraft.KnownAt::minutesIn)
        .containsExactly(0L, 0L, 1L, 1L, 1L, 2L, 2L, 6L, 9L, 12L, 12L, 13L, 45L);

    PostmortemDraft.KnownAt evidence = known.get(2);
    assertThat(evidence.what()).isEqualTo("2 evidence items arrived: ev-deploy-1 (deploy from git); "
        + "ev-metric-2 (metric from prometheus)");
    assertThat(evidence.known()).isEqualTo("2 evidence, 0 findings");

    PostmortemDraft.KnownAt ranked = known.get(5);
    assertThat(ranked.what()).isEqualTo("Hypotheses ranked: 1. Deploy a39bf2c of checkout (82%); "
        + "2. Connection pool of checkout saturated (41%)");
    assertThat(ranked.known()).isEqualTo("2 evidence, 3 findings; leading: h-deploy-checkout-a39bf2c (82%)");

    PostmortemDraft.KnownAt screenshot = known.get(8);
    assertThat(screenshot.who()).isEqualTo("bob via rest");
    assertThat(screenshot.refs()).containsExactly("ev-screenshot-0a1b2c3d4e5f");
    assertThat(screenshot.known()).startsWith("3 evidence, 3 findings");

    PostmortemDraft.KnownAt approval = known.get(9);
    assertThat(approval.who()).isEqualTo("alice via slack");
    assertThat(approval.what()).isEqualTo("Approved: Roll back checkout to before a39bf2c");
  }

  @Test
  void aNoteCitingEvidenceAlreadyKnownStaysANote() {
    IncidentState s = Incidents.badDeployRolledBack();
    s.timeline.add(Incidents.event(14, 20, "note", Incidents.BOB, "ev-deploy-1 matches what we saw", List.of()));

    List<PostmortemDraft.KnownAt> known = PostmortemDrafter.draft(s).whatWeKnewWhen();
    PostmortemDraft.KnownAt last = known.get(known.size() - 1);
    assertThat(last.kind()).isEqualTo("note");
    assertThat(last.known()).startsWith("3 evidence");
  }

  @Test
  void theSimilarIncidentsShownAreLinked() {
    PostmortemDraft d = PostmortemDrafter.draft(Incidents.badDeployRolledBack());

    assertThat(d.similarIncidents()).extracting(PostmortemDraft.SimilarLink::href)
        .containsExactly("/incidents/inc-00000000aaaa", null);
    assertThat(PostmortemMarkdown.render(d)).contains("## Similar past incidents shown\n\n"
        + "- [Checkout pool exhaustion after deploy](/incidents/inc-00000000aaaa), section Root cause · root cause "
        + "deploy — shared service checkout; same root-cause kind (deploy)\n"
        + "- Payments timeouts (`postmortems/2024-05-02-payments-timeouts.md`), section Timeline · root cause "
        + "dependency — error pattern\n");
  }

  @Test
  void theMarkdownHasEverySectionInReadingOrder() {
    String md = PostmortemMarkdown.render(PostmortemDrafter.draft(Incidents.badDeployRolledBack()));

    assertThat(md).containsSubsequence("# Postmortem: checkout p99 above 1s", "## Summary\n\nrolled back a39bf2c",
        "## Impact", "## Root cause\n", "## Contributing factors", "## Actions taken", "## Follow-ups",
        "## What we knew when", "## Similar past incidents shown", "## Timeline");
    assertThat(md).contains("- **T+2 min** (2026-03-01T10:11:00Z) · hypotheses · firebreak via workflow: "
        + "Hypotheses ranked: 1. Deploy a39bf2c of checkout (82%); 2. Connection pool of checkout saturated (41%)"
        + " — _known then: 2 evidence, 3 findings; leading: h-deploy-checkout-a39bf2c (82%)_\n");
    assertThat(md).doesNotContain("## Narrative");
  }

  @Test
  void similarLinksOnlyPointAtFirebreakIncidents() {
    assertThat(PostmortemDrafter.href("incidents/inc-abc.md")).isEqualTo("/incidents/inc-abc");
    assertThat(PostmortemDrafter.href("incidents/../admin.md")).isNull();
    assertThat(PostmortemDrafter.href("postmortems/x.md")).isNull();
    assertThat(PostmortemDrafter.href(null)).isNull();
  }
}
