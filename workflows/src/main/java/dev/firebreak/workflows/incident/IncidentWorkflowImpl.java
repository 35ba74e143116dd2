package dev.firebreak.workflows.incident;

import dev.firebreak.analysis.ranking.Ranking;
import dev.firebreak.analysis.evidence.EvidenceKind;
import dev.firebreak.analysis.rules.Finding;
import dev.firebreak.analysis.rules.Precedents;
import dev.firebreak.analysis.rules.FindingSeverity;
import dev.firebreak.analysis.rules.IncidentFacts;
import dev.firebreak.workflows.incident.ActionState.Status;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherRequest;
import dev.firebreak.workflows.incident.EvidenceActivities.GatherResult;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;

/**
 * Signal handlers only queue work; the main loop applies it in order, so activities never run
 * inside a handler and a signal that arrives before {@code run} starts (signal-with-start) waits.
 */
public class IncidentWorkflowImpl implements IncidentWorkflow {

  private static final Logger log = Workflow.getLogger(IncidentWorkflowImpl.class);

  private ActivityStubs activities;
  static final String NOTIFY_CHANGES = "notify-changes";
  static final String REFIRE_CHANGE = "refire-opens-next-incident";
  static final String MODEL_REFINEMENT = "model-refinement";
  static final String BATCHED_SAVES = "batched-saves";
  static final String DEBOUNCED_SAVES = "debounced-saves";
  static final String SIMILAR_INCIDENTS = "similar-incidents";
  static final String NOTIFY_POSTMORTEM = "notify-postmortem";
  static final String PRECEDENTS = "precedents";
  static final String PRIORITIES = "activity-priorities";
  static final String LOCAL_ACTIVITIES = "local-triage";
  static final String ONE_SAVE_BEFORE_TRIAGE = "one-save-before-triage";
  /** While signals keep coming, the incident is saved and announced at most this often. */
  static final Duration FLUSH_INTERVAL = Duration.ofSeconds(2);
  static final int TIMELINE_ALERTS_PER_BATCH = 3;

  private final Deque<Runnable> pending = new ArrayDeque<>();
  private final List<Alert> refired = new ArrayList<>();
  private IncidentState state = new IncidentState();
  private Timeline timeline;
  private IncidentStart start;
  /** Signals applied in one go are saved once, not once each (alert storms). */
  private boolean batchedSaves;
  private boolean dirty;
  /** Storm mode: saves and change notifications wait for the flush interval. */
  private boolean debounced;
  private boolean flushDue;
  private boolean unannounced;
  private Instant lastFlush = Instant.EPOCH;

  @Override
  public IncidentStatus run(IncidentStart start) {
    this.start = start;
    activities = new ActivityStubs(Workflow.getVersion(PRIORITIES, Workflow.DEFAULT_VERSION, 1) >= 1,
        Workflow.getVersion(LOCAL_ACTIVITIES, Workflow.DEFAULT_VERSION, 1) >= 1);
    batchedSaves = Workflow.getVersion(BATCHED_SAVES, Workflow.DEFAULT_VERSION, 1) >= 1;
    debounced = Workflow.getVersion(DEBOUNCED_SAVES, Workflow.DEFAULT_VERSION, 1) >= 1;
    boolean resumed = start.resumeFrom() != null;
    state = resumed ? start.resumeFrom() : fresh(start);
    state.workflowId = Workflow.getInfo().getWorkflowId();
    timeline = new Timeline(state);
    if (resumed) {
      timeline.add("resumed", Actor.FIREBREAK, "Workflow resumed from the stored incident", List.of());
    }
    publishSearchAttributes();
    if (!resumed) {
      applyInitialAlerts();
    }
    // triage's first step saves the incident anyway, as triaging: once is enough
    if (state.triaged || Workflow.getVersion(ONE_SAVE_BEFORE_TRIAGE, Workflow.DEFAULT_VERSION, 1) < 1) {
      save();
    }
    if (!state.triaged) {
      triage();
    }
    while (state.status != IncidentStatus.POSTMORTEM_DRAFTED) {
      drainPending();
      if (state.status == IncidentStatus.RESOLVED) {
        flush();
        draftPostmortem();
      } else if (pending.isEmpty()) {
        waitForWork();
      }
    }
    drainPending();
    flush();
    if (!refired.isEmpty() && Workflow.getVersion(REFIRE_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
      // the group fired again after this incident was resolved: that is the next incident
      Workflow.continueAsNew(new IncidentStart(null, start.title(), start.service(), start.severity(),
          start.description(), start.source(), start.groupKey(), start.labels(),
          new AlertBatch(Workflow.randomUUID().toString(), start.source(), now(), refired),
          start.escalateAfter(), start.autoResolve(), null));
    }
    return state.status;
  }

  private IncidentState fresh(IncidentStart start) {
    IncidentState s = new IncidentState();
    s.incidentId = start.incidentId() != null ? start.incidentId()
        : IncidentIds.of(Workflow.getInfo().getWorkflowId(), Workflow.getInfo().getRunId());
    s.title = start.title();
    s.service = start.service();
    s.severity = start.severity();
    s.description = start.description();
    s.source = start.source();
    s.groupKey = start.groupKey();
    s.labels.putAll(start.labels());
    s.openedAt = now();
    new Timeline(s).add("opened", new Actor(start.source(), start.source()),
        "Incident opened: " + start.title(), List.of());
    return s;
  }

  private void applyInitialAlerts() {
    if (start.initialAlerts() != null) {
      onceFor(start.initialAlerts().batchId(), () -> applyAlerts(start.initialAlerts()));
    }
  }

  private void waitForWork() {
    Duration untilEscalation = untilEscalation();
    Duration untilFlush = flushDue ? positive(Duration.between(now(), lastFlush.plus(FLUSH_INTERVAL))) : null;
    Duration wait = untilEscalation == null ? untilFlush
        : untilFlush == null ? untilEscalation
        : untilFlush.compareTo(untilEscalation) < 0 ? untilFlush : untilEscalation;
    if (wait == null) {
      Workflow.await(() -> !pending.isEmpty());
    } else if (!Workflow.await(wait, () -> !pending.isEmpty())) {
      if (flushDue && !now().isBefore(lastFlush.plus(FLUSH_INTERVAL))) {
        flush();
      }
      Duration left = untilEscalation();
      if (left != null && left.isZero()) {
        escalate();
      }
    }
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Saves and announces what the debounce held back. */
  private void flush() {
    if (!flushDue) {
      return;
    }
    flushDue = false;
    lastFlush = now();
    save();
    if (unannounced) {
      unannounced = false;
      notifyChanged();
    }
  }

  /** Null when no escalation is due: acknowledged, escalated already, or not configured. */
  private Duration untilEscalation() {
    if (start.escalateAfter() == null || state.acknowledgedAt != null || state.escalatedAt != null
        || !state.status.isOpen()) {
      return null;
    }
    Instant due = state.openedAt.plus(start.escalateAfter());
    Duration left = Duration.between(now(), due);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private void triage() {
    setStatus(IncidentStatus.TRIAGING, "Triage started");
    save();
    GatherResult gathered = gather();
    state.evidence.addAll(gathered.evidence());
    timeline.add("evidence", Actor.FIREBREAK, gathered.evidence().size() + " evidence items gathered",
        gathered.evidence().stream().map(EvidenceSummary::id).toList());
    List<Finding> findings = new ArrayList<>(unavailableSources(gathered));
    try {
      findings.addAll(activities.analysis.runRules(facts()));
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Rules could not run: " + cause(e), List.of());
    }
    state.findings = findings;
    timeline.add("findings", Actor.FIREBREAK, findings.size() + " findings",
        findings.stream().map(Finding::id).toList());
    findSimilar(findings);
    if (Workflow.getVersion(PRECEDENTS, Workflow.DEFAULT_VERSION, 1) >= 1) {
      findings.addAll(precedents(findings));
    }
    try {
      Ranking ranking = refine(activities.analysis.rankHypotheses(findings), "refine");
      state.hypotheses = new ArrayList<>(ranking.hypotheses());
      state.actions = new ArrayList<>(ranking.actions().stream().map(ActionState::proposed).toList());
      timeline.add("hypotheses", Actor.FIREBREAK, describeTop(ranking),
          ranking.hypotheses().stream().map(h -> h.id()).toList());
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Hypotheses could not be ranked: " + cause(e), List.of());
    }
    state.triaged = true;
    setStatus(IncidentStatus.AWAITING_DECISION, "Triage complete, awaiting decision");
    save();
    notify("triaged", () -> activities.notifications.notifyTriaged(requestId("triaged"), state));
  }

  /**
   * The similar past incidents as evidence, and the findings by which those with the same kind of
   * root cause support what the present evidence already suspects.
   */
  private List<Finding> precedents(List<Finding> findings) {
    List<Precedents.PastIncident> past = new ArrayList<>();
    for (RetrievalActivities.SimilarIncidentRef s : state.similar) {
      String id = "ev-similar-" + (past.size() + 1);
      addEvidenceOnce(new EvidenceSummary(id, EvidenceKind.INCIDENT, "retrieval", state.service,
          "Past incident: " + s.title() + (s.why() == null ? "" : " (" + s.why() + ")"), s.documentId(),
          null, null));
      past.add(new Precedents.PastIncident(id, s.title(), s.rootCauseKind(),
          s.services() == null ? List.of() : s.services(), s.score()));
    }
    List<Finding> supporting = Precedents.findings(findings, past);
    if (!supporting.isEmpty()) {
      timeline.add("findings", Actor.FIREBREAK, supporting.size() + " past incidents support a hypothesis",
          supporting.stream().map(Finding::id).toList());
    }
    return supporting;
  }

  /** Past incidents like this one; a failure leaves the incident without them, nothing more. */
  private void findSimilar(List<Finding> findings) {
    if (Workflow.getVersion(SIMILAR_INCIDENTS, Workflow.DEFAULT_VERSION, 1) < 1) {
      return;
    }
    java.util.Map<String, String> annotations = new java.util.TreeMap<>();
    state.alerts.values().forEach(a -> a.annotations().forEach(annotations::putIfAbsent));
    try {
      state.similar = new ArrayList<>(activities.retrieval.findSimilarIncidents(
          new RetrievalActivities.SimilarRequest(facts(), annotations, findings)));
      if (!state.similar.isEmpty()) {
        timeline.add("similar", Actor.FIREBREAK, state.similar.size() + " similar past incidents: "
            + String.join("; ", state.similar.stream().map(RetrievalActivities.SimilarIncidentRef::title).toList()),
            state.similar.stream().map(RetrievalActivities.SimilarIncidentRef::documentId).toList());
      }
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Similar incidents could not be retrieved: " + cause(e), List.of());
    }
  }

  /** A configured model may phrase and enrich the ranking; its failure leaves the ranking as is. */
  private Ranking refine(Ranking ranking, String purpose) {
    if (Workflow.getVersion(MODEL_REFINEMENT, Workflow.DEFAULT_VERSION, 1) < 1) {
      return ranking;
    }
    try {
      HypothesisActivities.Refinement r = activities.hypotheses.refineHypotheses(
          new HypothesisActivities.RefinementRequest(requestId(purpose), facts(), state.evidence,
              state.findings, ranking));
      state.hypothesisModel = r.model();
      state.droppedModelClaims = r.droppedClaims();
      timeline.add("model", Actor.FIREBREAK, r.note(), List.of());
      return r.ranking();
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK,
          "Model refinement failed, deterministic ranking kept: " + cause(e), List.of());
      return ranking;
    }
  }

  private GatherResult gather() {
    try {
      return activities.evidence.gatherEvidence(new GatherRequest(state.incidentId, state.service,
          state.alertTime(), state.labels, List.copyOf(state.alerts.values())));
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Evidence could not be gathered: " + cause(e), List.of());
      return new GatherResult(List.of(), List.of());
    }
  }

  private List<Finding> unavailableSources(GatherResult gathered) {
    List<String> cite = gathered.evidence().stream().limit(1).map(EvidenceSummary::id).toList();
    List<Finding> findings = new ArrayList<>();
    int n = 1;
    for (EvidenceActivities.SourceFailure f : gathered.unavailable()) {
      findings.add(new Finding("f-evidence-source-" + n++, "evidence-source", FindingSeverity.LOW,
          "Evidence source " + f.source() + " unavailable: " + f.reason(), f.reason(), state.service,
          cite, List.of()));
    }
    return findings;
  }

  private IncidentFacts facts() {
    return new IncidentFacts(state.incidentId, state.service, state.labels.get("alertname"),
        state.alertTime(), state.labels, new LinkedHashSet<>(state.alerts.keySet()));
  }

  private void escalate() {
    state.escalatedAt = now();
    timeline.add("escalated", Actor.FIREBREAK,
        "Nobody acknowledged within " + start.escalateAfter() + ": escalating", List.of());
    save();
    notify("escalation", () -> activities.notifications.escalate(requestId("escalate"), state));
  }

  private void drainPending() {
    boolean changed = false;
    while (!pending.isEmpty()) {
      int seq = state.nextTimelineSeq;
      pending.poll().run();
      boolean itemChanged = state.nextTimelineSeq != seq;
      if (batchedSaves) {
        changed |= itemChanged;
      } else if (itemChanged) {
        notifyChanged();
      }
    }
    if (debounced) {
      if (dirty || changed) {
        dirty = false;
        flushDue = true;
        unannounced |= changed;
        if (!now().isBefore(lastFlush.plus(FLUSH_INTERVAL))) {
          flush();
        }
      }
      return;
    }
    if (dirty) {
      dirty = false;
      save();
    }
    if (changed) {
      notifyChanged();
    }
  }

  private void notifyChanged() {
    if (state.triaged && Workflow.getVersion(NOTIFY_CHANGES, Workflow.DEFAULT_VERSION, 1) >= 1) {
      notify("changed", () -> activities.notifications.notifyChanged(
          requestId("change-" + state.nextTimelineSeq), state));
    }
  }

  /** Saves now, or at the end of the current batch of signals once saves are batched. */
  private void persist() {
    if (batchedSaves) {
      dirty = true;
    } else {
      save();
    }
  }

  // --- signals: queue, then apply in the main loop ---

  @Override
  public void alertsUpdated(AlertBatch batch) {
    pending.add(() -> {
      if (!onceFor(batch.batchId(), () -> applyAlerts(batch))) {
        countDeduplicated(batch, batch.alerts().size());
      }
    });
  }

  @Override
  public void acknowledge(Signals.Acknowledge signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> applyAcknowledge(signal)));
  }

  @Override
  public void approveAction(Signals.ActionDecision signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> decide(signal, true)));
  }

  @Override
  public void rejectAction(Signals.ActionDecision signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> decide(signal, false)));
  }

  @Override
  public void addNote(Signals.Note signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> {
      timeline.add("note", signal.actor(), signal.text(), List.of());
      persist();
    }));
  }

  @Override
  public void assignRole(Signals.AssignRole signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> {
      if (state.status.isOpen() && Roles.assign(state, timeline, signal, now())) {
        persist();
      }
    }));
  }

  @Override
  public void evidenceAdded(Signals.EvidenceAdded signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> applyEvidence(signal)));
  }

  @Override
  public void resolve(Signals.Resolve signal) {
    pending.add(() -> onceFor(signal.signalId(), () -> applyResolve(signal)));
  }

  @Override
  public IncidentState state() {
    return state;
  }

  /** Applies the signal unless its id was applied before; says whether it applied it. */
  private boolean onceFor(String signalId, Runnable apply) {
    if (signalId != null && state.appliedSignals.contains(signalId)) {
      return false;
    }
    if (signalId != null) {
      state.appliedSignals.add(signalId);
    }
    apply.run();
    return true;
  }

  private void applyAlerts(AlertBatch batch) {
    if (!state.status.isOpen()) {
      holdForNextIncident(batch);
      return;
    }
    List<String> changes = AlertMerge.apply(state, batch);
    countDeduplicated(batch, batch.alerts().size() - changes.size());
    if (changes.isEmpty()) {
      return;
    }
    Actor sender = new Actor(batch.source(), batch.source());
    if (debounced && changes.size() > TIMELINE_ALERTS_PER_BATCH) {
      // a storm: one line per batch, not one per alert, keeps the history and the record small
      timeline.add("alert", sender, changes.size() + " alert changes: "
          + String.join("; ", changes.subList(0, TIMELINE_ALERTS_PER_BATCH)) + "; …", List.of());
    } else {
      changes.forEach(c -> timeline.add("alert", sender, c, List.of()));
    }
    boolean allResolved = AlertMerge.allResolved(state);
    if (allResolved && !state.allAlertsResolved) {
      timeline.add("alerts-resolved", Actor.FIREBREAK, "Every alert of this incident has resolved", List.of());
    }
    state.allAlertsResolved = allResolved;
    persist();
    if (allResolved && start.autoResolve() && state.status.isOpen()) {
      applyResolve(new Signals.Resolve(null, Actor.FIREBREAK, "All alerts resolved", null));
    }
  }

  /** Firing alerts that arrive after resolution belong to the next incident of this group. */
  private void holdForNextIncident(AlertBatch batch) {
    for (Alert alert : batch.alerts()) {
      Alert known = state.alerts.get(alert.fingerprint());
      boolean fresh = known == null || !known.firing() || !known.startsAt().equals(alert.startsAt());
      if (alert.firing() && fresh && refired.stream().noneMatch(a -> a.fingerprint().equals(alert.fingerprint()))) {
        refired.add(alert);
        timeline.add("alert", new Actor(batch.source(), batch.source()), "Alert " + alert.alertname()
            + " fired after resolution: it opens the next incident of this group", List.of());
      }
    }
  }

  private void countDeduplicated(AlertBatch batch, int repeats) {
    if (repeats > 0) {
      // replay-safe: Temporal's workflow metrics scope does not emit while replaying
      Workflow.getMetricsScope().tagged(java.util.Map.of("source", String.valueOf(batch.source())))
          .counter("firebreak_alerts_deduplicated").inc(repeats);
    }
  }

  private void applyEvidence(Signals.EvidenceAdded signal) {
    EvidenceSummary added = signal.evidence();
    timeline.add("evidence", signal.actor(), signal.note(), List.of(added.id()));
    addEvidenceOnce(added);
    if (state.status.isOpen() && state.triaged) {
      reassess(added);
    }
    persist();
  }

  /**
   * The rules run again over everything the incident holds now, and the ranking with them; past
   * incidents are not searched again. Decided actions stay as decided, and actions proposed before
   * stay proposed: a responder may be about to approve one.
   */
  private void reassess(EvidenceSummary added) {
    List<Finding> findings = new ArrayList<>(state.findings.stream()
        .filter(f -> f.rule().equals("evidence-source")).toList());
    try {
      findings.addAll(activities.analysis.runRules(facts()));
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Rules could not run on " + added.id() + ": " + cause(e), List.of());
      return;
    }
    state.findings = findings;
    findings.addAll(precedents(findings));
    try {
      String before = state.hypotheses.isEmpty() ? null : state.hypotheses.get(0).cause();
      Ranking ranking = refine(activities.analysis.rankHypotheses(findings), "refine-" + added.id());
      state.hypotheses = new ArrayList<>(ranking.hypotheses());
      for (var proposed : ranking.actions()) {
        if (state.action(proposed.id()) == null) {
          state.actions.add(ActionState.proposed(proposed));
        }
      }
      String after = ranking.hypotheses().isEmpty() ? null : ranking.hypotheses().get(0).cause();
      timeline.add("hypotheses", Actor.FIREBREAK, "Reassessed with " + added.id() + ": "
          + (java.util.Objects.equals(before, after) ? "top hypothesis unchanged. " : "top hypothesis changed. ")
          + describeTop(ranking), ranking.hypotheses().stream().map(h -> h.id()).toList());
    } catch (ActivityFailure e) {
      timeline.add("degraded", Actor.FIREBREAK, "Hypotheses could not be reassessed: " + cause(e), List.of());
    }
  }

  /** Reassessing cites the same past incidents again, and a screenshot may be shared twice. */
  private void addEvidenceOnce(EvidenceSummary evidence) {
    if (state.evidence.stream().noneMatch(e -> e.id().equals(evidence.id()))) {
      state.evidence.add(evidence);
    }
  }

  private void applyAcknowledge(Signals.Acknowledge signal) {
    if (state.acknowledgedAt != null || !state.status.isOpen()) {
      return;
    }
    state.acknowledgedAt = now();
    state.acknowledgedBy = signal.actor();
    timeline.add("acknowledged", signal.actor(), "Acknowledged by " + signal.actor(), List.of());
    persist();
  }

  private void decide(Signals.ActionDecision signal, boolean approve) {
    ActionState action = state.action(signal.actionId());
    if (action == null || action.decided() || !state.status.isOpen()) {
      return;
    }
    Status status = approve ? Status.APPROVED : Status.REJECTED;
    replace(action.decide(status, signal.actor(), now(), signal.reason()));
    timeline.add(approve ? "approved" : "rejected", signal.actor(),
        (approve ? "Approved: " : "Rejected: ") + action.action().description()
            + (signal.reason() == null ? "" : " (" + signal.reason() + ")"),
        List.of(action.action().id()));
    save();
    if (approve) {
      execute(state.action(signal.actionId()));
    }
  }

  private void execute(ActionState approved) {
    String id = approved.action().id();
    try {
      String outcome = activities.actions.executeAction(requestId("action-" + id), state.incidentId,
          approved.action());
      replace(approved.finish(Status.EXECUTED, outcome));
      timeline.add("action-executed", Actor.FIREBREAK, outcome, List.of(id));
      if (state.mitigatedAt == null) {
        state.mitigatedAt = now();
      }
      setStatus(IncidentStatus.MITIGATING, "Mitigation under way");
    } catch (ActivityFailure e) {
      replace(approved.finish(Status.FAILED, cause(e)));
      timeline.add("action-failed", Actor.FIREBREAK, "Action failed: " + cause(e), List.of(id));
    }
    save();
  }

  private void applyResolve(Signals.Resolve signal) {
    if (!state.status.isOpen()) {
      return;
    }
    state.resolvedAt = now();
    state.resolvedBy = signal.actor();
    state.resolutionSummary = signal.summary();
    boolean known = state.hypotheses.stream().anyMatch(h -> h.id().equals(signal.rootCauseHypothesisId()));
    state.confirmedHypothesisId = known ? signal.rootCauseHypothesisId() : null;
    timeline.add("resolved", signal.actor(), "Resolved by " + signal.actor()
        + (signal.summary() == null ? "" : ": " + signal.summary()), List.of());
    setStatus(IncidentStatus.RESOLVED, null);
    save();
    notify("resolved", () -> activities.notifications.notifyResolved(requestId("resolved"), state));
  }

  private void draftPostmortem() {
    state.postmortemMarkdown = activities.postmortems.draftPostmortem(state);
    timeline.add("postmortem", Actor.FIREBREAK, "Postmortem drafted", List.of());
    setStatus(IncidentStatus.POSTMORTEM_DRAFTED, null);
    save();
    if (Workflow.getVersion(NOTIFY_POSTMORTEM, Workflow.DEFAULT_VERSION, 1) >= 1) {
      // live views hear once the draft can be read, so a link to it never answers 404
      notify("postmortem", () -> activities.notifications.notifyChanged(requestId("postmortem"), state));
    }
  }

  // --- helpers ---

  private void setStatus(IncidentStatus status, String text) {
    state.status = status;
    if (text != null) {
      timeline.add("status", Actor.FIREBREAK, text, List.of());
    }
    publishSearchAttributes();
  }

  private void publishSearchAttributes() {
    Workflow.upsertTypedSearchAttributes(
        IncidentSearchAttributes.SERVICE.valueSet(nonNull(state.service)),
        IncidentSearchAttributes.SEVERITY.valueSet(nonNull(state.severity)),
        IncidentSearchAttributes.STATUS.valueSet(state.status.name()));
  }

  private void replace(ActionState updated) {
    state.actions.replaceAll(a -> a.action().id().equals(updated.action().id()) ? updated : a);
  }

  private void save() {
    // until triage completes a save is on the responder's path (the incident must show up)
    (state.triaged ? activities.store : activities.urgentStore).saveIncident(state);
  }

  private void notify(String what, Runnable call) {
    try {
      call.run();
    } catch (ActivityFailure e) {
      log.warn("notification {} failed for {}", what, state.incidentId);
      timeline.add("degraded", Actor.FIREBREAK, "Notification (" + what + ") failed: " + cause(e), List.of());
      save();
    }
  }

  private String requestId(String purpose) {
    return state.incidentId + ":" + purpose;
  }

  private static String describeTop(Ranking ranking) {
    if (ranking.hypotheses().isEmpty()) {
      return "No root-cause hypothesis: the evidence points at nothing in particular";
    }
    var top = ranking.hypotheses().get(0);
    return "Top hypothesis (" + Math.round(top.confidence() * 100) + "%): " + top.cause();
  }

  private static String cause(ActivityFailure e) {
    Throwable c = e.getCause() == null ? e : e.getCause();
    return String.valueOf(c.getMessage());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
