package dev.firebreak.workflows.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentWorkflowTest {
  static final Instant ALERT_AT = Instant.parse("2026-03-01T10:09:00Z");

  private TestWorkflowEnvironment env;
  private FakeActivities activities;
  private WorkflowClient client;

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    IncidentSearchAttributes.ALL.forEach(k ->
        env.registerSearchAttribute(k.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
    Worker worker = env.newWorker(IncidentWorkflow.TASK_QUEUE,
        io.temporal.worker.WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build());
    worker.registerWorkflowImplementationTypes(IncidentWorkflowImpl.class);
    activities = new FakeActivities();
    worker.registerActivitiesImplementations(activities);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  static AlertBatch batch(String id, String status) {
    Alert alert = new Alert("fp1", status, Map.of("alertname", "HighLatency", "service", "checkout"),
        Map.of("summary", "p99 above 1s"), ALERT_AT, "resolved".equals(status) ? ALERT_AT.plusSeconds(600) : null,
        null);
    return new AlertBatch(id, "alertmanager", ALERT_AT, List.of(alert));
  }

  static IncidentStart start(Duration escalateAfter, boolean autoResolve) {
    return new IncidentStart(null, "checkout p99 above 1s", "checkout", "sev2", null, "alertmanager",
        "{}:{alertname=\"HighLatency\"}", Map.of("alertname", "HighLatency", "service", "checkout"),
        batch("b1", "firing"), escalateAfter, autoResolve, null);
  }

  IncidentWorkflow startWorkflow(IncidentStart start) {
    IncidentWorkflow wf = client.newWorkflowStub(IncidentWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId("incident-test-" + System.nanoTime()).setTaskQueue(IncidentWorkflow.TASK_QUEUE).build());
    WorkflowClient.start(wf::run, start);
    return wf;
  }

  static IncidentState await(IncidentWorkflow wf, Predicate<IncidentState> condition) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      IncidentState state = wf.state();
      if (condition.test(state)) {
        return state;
      }
      assertThat(System.currentTimeMillis()).as("condition not reached in time").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  static Predicate<IncidentState> status(IncidentStatus s) {
    return state -> state.status == s;
  }

  @Test
  void triageGathersEvidenceAtTheAlertTimeAndRanksHypotheses() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(activities.gatheredAlertTime).isEqualTo(ALERT_AT);
    assertThat(state.incidentId).startsWith("inc-");
    assertThat(state.alerts).containsKey("fp1");
    assertThat(state.hypotheses).first().satisfies(h -> {
      assertThat(h.ref()).isEqualTo("a39bf2c");
      assertThat(h.evidenceIds()).contains("ev-deploy-1");
    });
    assertThat(state.actions).extracting(a -> a.action().id()).contains("a-rollback-checkout-a39bf2c");
    assertThat(state.similar).extracting(RetrievalActivities.SimilarIncidentRef::title)
        .containsExactly("Checkout pool exhaustion after deploy");
    assertThat(state.timeline).extracting(TimelineEvent::type).contains("similar");
    // the past deploy incident is evidence, and it supports the deploy hypothesis, citing itself
    assertThat(state.evidence).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo("ev-similar-1");
      assertThat(e.summary()).contains("Checkout pool exhaustion after deploy");
    });
    assertThat(state.findings).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("similar-incident");
      assertThat(f.evidenceIds()).containsExactly("ev-similar-1");
    });
    assertThat(state.hypotheses.get(0).evidenceIds()).contains("ev-deploy-1", "ev-similar-1");
    await(wf, s -> !activities.notifications.isEmpty());
    assertThat(activities.notifications).containsExactly(state.incidentId + ":triaged");
  }

  @Test
  void evidenceAfterTriageReassessesTheHypothesesOnce() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    IncidentState triaged = await(wf, status(IncidentStatus.AWAITING_DECISION));
    String deployTop = triaged.hypotheses.get(0).cause();
    activities.moreFindings = List.of(new dev.firebreak.analysis.rules.Finding("f-screenshot-text-1",
        "screenshot-text", dev.firebreak.analysis.rules.FindingSeverity.HIGH,
        "Screenshot ev-screenshot-1 shows `no space left on device`", "", "checkout", List.of("ev-screenshot-1"),
        List.of(new dev.firebreak.analysis.rules.CauseHint(dev.firebreak.analysis.rules.RootCauseKind.INFRASTRUCTURE,
            "checkout", null, 1.0, "screenshot text"))));
    Signals.EvidenceAdded shot = new Signals.EvidenceAdded("screenshot-ev-screenshot-1", new Actor("alice", "upload"),
        new EvidenceSummary("ev-screenshot-1", dev.firebreak.analysis.evidence.EvidenceKind.SCREENSHOT, "upload",
            "checkout", "Screenshot uploaded by alice; text: no space left on device", "tesseract -l eng", null, null),
        "Screenshot attached as evidence ev-screenshot-1");

    wf.evidenceAdded(shot);
    IncidentState state = await(wf, s -> s.timeline.stream().anyMatch(t -> t.text().startsWith("Reassessed")));
    wf.evidenceAdded(shot); // delivered twice: applied once
    wf.addNote(new Signals.Note("n1", new Actor("bob", "api"), "looking at the disk"));
    state = await(wf, s -> s.timeline.stream().anyMatch(t -> t.type().equals("note")));

    assertThat(state.evidence).extracting(EvidenceSummary::id).contains("ev-screenshot-1", "ev-deploy-1");
    assertThat(state.findings).extracting(f -> f.rule()).contains("screenshot-text", "recent-deploy");
    assertThat(state.hypotheses.get(0).kind()).isEqualTo(dev.firebreak.analysis.rules.RootCauseKind.INFRASTRUCTURE);
    assertThat(state.hypotheses.get(0).evidenceIds()).contains("ev-screenshot-1");
    assertThat(state.hypotheses).extracting(h -> h.cause()).contains(deployTop);
    // the rollback proposed at triage is still there to approve
    assertThat(state.actions).extracting(a -> a.action().id()).contains("a-rollback-checkout-a39bf2c");
    assertThat(state.timeline).filteredOn(t -> t.text().startsWith("Reassessed with ev-screenshot-1"))
        .singleElement().satisfies(t -> assertThat(t.text()).contains("top hypothesis changed"));
    assertThat(state.timeline).filteredOn(t -> t.type().equals("evidence") && t.refs().contains("ev-screenshot-1"))
        .hasSize(1);
    assertThat(activities.refinements).containsExactly(state.incidentId + ":refine",
        state.incidentId + ":refine-ev-screenshot-1");
  }

  @Test
  void aSaveThatFailsIsRetriedUntilTheDatabaseIsBack() {
    activities.failingSaves.set(4);

    IncidentWorkflow wf = startWorkflow(start(null, false));
    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(state.triaged).isTrue();
    assertThat(activities.failingSaves.get()).isNegative(); // every failure was tried again
    assertThat(activities.saves.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void escalatesWhenNobodyAcknowledgesInTime() {
    IncidentWorkflow wf = startWorkflow(start(Duration.ofMinutes(15), false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));

    env.sleep(Duration.ofMinutes(16));

    IncidentState state = await(wf, s -> s.escalatedAt != null);
    assertThat(activities.escalations.get()).isEqualTo(1);
    assertThat(state.timeline).extracting(TimelineEvent::type).contains("escalated");
  }

  @Test
  void acknowledgingInTimePreventsEscalation() {
    IncidentWorkflow wf = startWorkflow(start(Duration.ofMinutes(15), false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    wf.acknowledge(new Signals.Acknowledge("ack-1", new Actor("alice", "rest")));
    await(wf, s -> s.acknowledgedAt != null);

    env.sleep(Duration.ofMinutes(30));

    assertThat(wf.state().escalatedAt).isNull();
    assertThat(activities.escalations.get()).isZero();
  }

  @Test
  void deliveringTheSameSignalTwiceChangesNothingTheSecondTime() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    Actor alice = new Actor("alice", "rest");
    String action = "a-rollback-checkout-a39bf2c";

    wf.approveAction(new Signals.ActionDecision("s-1", action, alice, null));
    wf.approveAction(new Signals.ActionDecision("s-1", action, alice, null));
    wf.addNote(new Signals.Note("n-1", alice, "rolled back"));
    wf.addNote(new Signals.Note("n-1", alice, "rolled back"));
    wf.alertsUpdated(batch("b1", "firing"));
    IncidentState state = await(wf, s -> s.timeline.stream().anyMatch(t -> t.type().equals("note")));

    assertThat(activities.executed).hasSize(1);
    assertThat(state.status).isEqualTo(IncidentStatus.MITIGATING);
    assertThat(state.timeline).filteredOn(t -> t.type().equals("approved")).hasSize(1);
    assertThat(state.timeline).filteredOn(t -> t.type().equals("note")).hasSize(1);
    assertThat(state.timeline).filteredOn(t -> t.type().equals("alert")).hasSize(1);
  }

  @Test
  void rejectedActionIsNotExecutedAndCannotBeApprovedLater() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    Actor bob = new Actor("bob", "slack");
    String action = "a-rollback-checkout-a39bf2c";

    wf.rejectAction(new Signals.ActionDecision("r-1", action, bob, "deploy is unrelated"));
    wf.approveAction(new Signals.ActionDecision("a-1", action, bob, null));
    IncidentState state = await(wf, s -> s.appliedSignals.contains("a-1"));

    assertThat(activities.executed).isEmpty();
    assertThat(state.action(action).status()).isEqualTo(ActionState.Status.REJECTED);
    assertThat(state.action(action).reason()).isEqualTo("deploy is unrelated");
  }

  @Test
  void failingEvidenceDegradesTriageInsteadOfFailingTheIncident() {
    activities.evidenceFails = true;
    IncidentWorkflow wf = startWorkflow(start(null, false));

    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(state.timeline).anySatisfy(t -> {
      assertThat(t.type()).isEqualTo("degraded");
      assertThat(t.text()).contains("Evidence could not be gathered").contains("metrics backend down");
    });
  }

  @Test
  void unavailableSourceBecomesAFindingAndTriageGoesOn() {
    activities.unavailable = List.of(new EvidenceActivities.SourceFailure("prometheus", "timed out after 20s"));
    IncidentWorkflow wf = startWorkflow(start(null, false));

    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(state.findings).anySatisfy(f -> {
      assertThat(f.title()).isEqualTo("Evidence source prometheus unavailable: timed out after 20s");
      assertThat(f.evidenceIds()).isNotEmpty();
    });
    assertThat(state.hypotheses).isNotEmpty();
  }

  @Test
  void resolvingDraftsThePostmortemAndCompletes() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    IncidentState triaged = await(wf, status(IncidentStatus.AWAITING_DECISION));
    String top = triaged.hypotheses.get(0).id();

    wf.resolve(new Signals.Resolve("res-1", new Actor("alice", "rest"), "rolled back", top));

    IncidentStatus result = io.temporal.client.WorkflowStub.fromTyped(wf).getResult(IncidentStatus.class);
    assertThat(result).isEqualTo(IncidentStatus.POSTMORTEM_DRAFTED);
    assertThat(activities.postmortems.get()).isEqualTo(1);
    IncidentState done = wf.state();
    assertThat(done.confirmedHypothesisId).isEqualTo(top);
    assertThat(done.postmortemMarkdown).startsWith("# Postmortem");
    // the last change announced is the stored draft, so whoever links to it links to something there
    assertThat(activities.changes).last().isEqualTo(done.incidentId + ":postmortem");
  }

  @Test
  void resolvedAlertsAreNotedButDoNotCloseTheIncident() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));

    wf.alertsUpdated(batch("b2", "resolved"));

    IncidentState state = await(wf, s -> s.allAlertsResolved);
    assertThat(state.status).isEqualTo(IncidentStatus.AWAITING_DECISION);
    assertThat(state.timeline).extracting(TimelineEvent::type).contains("alerts-resolved");
  }

  @Test
  void autoResolveClosesTheIncidentWhenEveryAlertResolved() {
    IncidentWorkflow wf = startWorkflow(start(null, true));
    await(wf, status(IncidentStatus.AWAITING_DECISION));

    wf.alertsUpdated(batch("b2", "resolved"));

    IncidentState state = await(wf, status(IncidentStatus.POSTMORTEM_DRAFTED));
    assertThat(state.resolvedBy).isEqualTo(Actor.FIREBREAK);
  }

  @Test
  void resumedIncidentKeepsItsStateAndSkipsTriage() {
    IncidentWorkflow first = startWorkflow(start(null, false));
    IncidentState stored = await(first, status(IncidentStatus.AWAITING_DECISION));
    int savesBefore = activities.saves.get();

    IncidentStart resume = new IncidentStart(null, null, null, null, null, null, null, Map.of(), null,
        null, false, stored);
    IncidentWorkflow resumed = startWorkflow(resume);
    IncidentState state = await(resumed, s -> s.timeline.stream().anyMatch(t -> t.type().equals("resumed"))
        && activities.saves.get() > savesBefore);

    assertThat(state.incidentId).isEqualTo(stored.incidentId);
    assertThat(state.hypotheses).isEqualTo(stored.hypotheses);
    assertThat(activities.notifications).hasSize(1);
    assertThat(activities.saves.get()).isGreaterThan(savesBefore);
  }

  @Test
  void changesAfterTriageAreNotifiedAndRedeliveriesAreNot() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    Actor alice = new Actor("alice", "slack");

    wf.acknowledge(new Signals.Acknowledge("ack-1", alice));
    await(wf, s -> activities.changes.size() >= 1);
    wf.acknowledge(new Signals.Acknowledge("ack-1", alice));
    wf.addNote(new Signals.Note("n-1", alice, "on it"));
    await(wf, s -> activities.changes.size() >= 2);
    wf.addNote(new Signals.Note("n-1", alice, "on it"));
    await(wf, s -> s.appliedSignals.size() >= 3);

    assertThat(activities.changes).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void alertFiringAgainAfterResolutionOpensTheNextIncident() {
    String workflowId = "incident-refire-" + System.nanoTime();
    IncidentWorkflow wf = client.newWorkflowStub(IncidentWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId).setTaskQueue(IncidentWorkflow.TASK_QUEUE).build());
    WorkflowClient.start(wf::run, start(null, false));
    String first = await(wf, status(IncidentStatus.AWAITING_DECISION)).incidentId;

    wf.resolve(new Signals.Resolve("res-1", new Actor("alice", "rest"), "fixed", null));
    Alert again = new Alert("fp1", "firing", Map.of("alertname", "HighLatency", "service", "checkout"), Map.of(),
        ALERT_AT.plusSeconds(3600), null, null);
    IncidentWorkflow joiner = client.newWorkflowStub(IncidentWorkflow.class, WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId).setTaskQueue(IncidentWorkflow.TASK_QUEUE).build());
    var request = client.newSignalWithStartRequest();
    request.add(joiner::run, start(null, false));
    request.add(joiner::alertsUpdated, new AlertBatch("b-again", "alertmanager", ALERT_AT, List.of(again)));
    client.signalWithStart(request);

    IncidentWorkflow latest = client.newWorkflowStub(IncidentWorkflow.class, workflowId);
    IncidentState next = await(latest, s -> s.incidentId != null && !s.incidentId.equals(first)
        && s.status == IncidentStatus.AWAITING_DECISION);
    assertThat(next.alerts.values()).anySatisfy(a -> assertThat(a.startsAt()).isEqualTo(ALERT_AT.plusSeconds(3600)));
  }

  @Test
  void failingModelKeepsTheDeterministicRanking() {
    activities.modelFails = true;
    IncidentWorkflow wf = startWorkflow(start(null, false));

    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(state.hypotheses).first().satisfies(h -> assertThat(h.ref()).isEqualTo("a39bf2c"));
    assertThat(state.timeline).anySatisfy(t ->
        assertThat(t.text()).startsWith("Model refinement failed, deterministic ranking kept"));
  }

  @Test
  void withoutAModelTheIncidentSaysTheRankingIsDeterministic() {
    IncidentWorkflow wf = startWorkflow(start(null, false));

    IncidentState state = await(wf, status(IncidentStatus.AWAITING_DECISION));

    assertThat(state.hypothesisModel).isNull();
    assertThat(state.timeline).extracting(TimelineEvent::type).contains("model");
  }

  @Test
  void assigningARoleKeepsTheHolderInStateAndOnTheTimeline() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    Actor alice = new Actor("alice", "slack");

    wf.assignRole(new Signals.AssignRole("r-1", alice, IncidentRole.COMMANDER, "bob", "U0BOB"));
    wf.assignRole(new Signals.AssignRole("r-1", alice, IncidentRole.COMMANDER, "bob", "U0BOB"));
    wf.assignRole(new Signals.AssignRole("r-2", alice, IncidentRole.SCRIBE, "carol", "U0CAROL"));
    wf.assignRole(new Signals.AssignRole("r-3", alice, IncidentRole.COMMANDER, "bob", "U0BOB"));
    wf.assignRole(new Signals.AssignRole("r-4", alice, IncidentRole.COMMANDER, "dave", "U0DAVE"));
    IncidentState state = await(wf, s -> s.appliedSignals.contains("r-4"));

    assertThat(state.roles).containsOnlyKeys(IncidentRole.COMMANDER, IncidentRole.SCRIBE);
    assertThat(state.roles.get(IncidentRole.COMMANDER)).satisfies(h -> {
      assertThat(h.name()).isEqualTo("dave");
      assertThat(h.ref()).isEqualTo("U0DAVE");
      assertThat(h.channel()).isEqualTo("slack");
      assertThat(h.assignedBy()).isEqualTo(alice);
      assertThat(h.since()).isNotNull();
    });
    assertThat(state.roles.get(IncidentRole.SCRIBE).name()).isEqualTo("carol");
    assertThat(state.timeline).filteredOn(t -> t.type().equals("role")).extracting(TimelineEvent::text)
        .containsExactly("bob is commander", "carol is scribe", "dave is commander (was bob)");
    await(wf, s -> !activities.changes.isEmpty());
    assertThat(activities.executed).isEmpty();
  }

  @Test
  void rolesCannotBeAssignedOnceResolved() {
    IncidentWorkflow wf = startWorkflow(start(null, false));
    await(wf, status(IncidentStatus.AWAITING_DECISION));
    Actor alice = new Actor("alice", "rest");
    wf.resolve(new Signals.Resolve("res-1", alice, "fixed", null));
    try {
      wf.assignRole(new Signals.AssignRole("r-1", alice, IncidentRole.SCRIBE, "bob", null));
    } catch (io.temporal.client.WorkflowNotFoundException finishedFirst) {
      // the run may already be over: either way nobody holds a role
    }

    io.temporal.client.WorkflowStub.fromTyped(wf).getResult(IncidentStatus.class);

    assertThat(wf.state().roles).isEmpty();
  }
}
