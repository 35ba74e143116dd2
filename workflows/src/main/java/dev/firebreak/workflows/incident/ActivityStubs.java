package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.Priority;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Activity stubs with the timeouts and retry policies each capability needs. */
final class ActivityStubs {
  final IncidentStoreActivities store;
  /** The same saves, ahead of the queue: those a new incident's triage waits for. */
  final IncidentStoreActivities urgentStore;
  final EvidenceActivities evidence;
  final AnalysisActivities analysis;
  final NotificationActivities notifications;
  final ActionActivities actions;
  final PostmortemActivities postmortems;
  final HypothesisActivities hypotheses;
  final RetrievalActivities retrieval;

  /** Priority keys (1 runs first): what a responder waits for before what only keeps records. */
  static final int TRIAGE = 1;
  static final int NOTIFY = 2;
  static final int RECORD = 3;

  private final boolean prioritised;

  /**
   * @param prioritised give triage and actions precedence over saves when activity tasks queue up
   *     (an alert storm): without it a storm's saves delay every new incident's triage
   * @param local run saves and the steps of triage as local activities, see {@link #local}
   */
  ActivityStubs(boolean prioritised, boolean local) {
    this.prioritised = prioritised;
    if (local) {
      this.store = local(IncidentStoreActivities.class, Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0));
      this.urgentStore = store;
      this.evidence = local(EvidenceActivities.class, Duration.ofMinutes(2), retry(Duration.ofSeconds(10), 3));
      this.analysis = local(AnalysisActivities.class, Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3));
      this.hypotheses = local(HypothesisActivities.class, Duration.ofMinutes(2), retry(Duration.ofSeconds(20), 3));
      this.retrieval = local(RetrievalActivities.class, Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3));
    } else {
      // the database may be down for a while: keep trying, the incident must be stored
      this.store = Workflow.newActivityStub(IncidentStoreActivities.class,
          options(Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0), RECORD));
      this.urgentStore = Workflow.newActivityStub(IncidentStoreActivities.class,
          options(Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0), TRIAGE));
      // gathering heartbeats: a worker that dies mid-gather is noticed in seconds, not minutes
      this.evidence = Workflow.newActivityStub(EvidenceActivities.class,
          options(Duration.ofMinutes(2), retry(Duration.ofSeconds(10), 3), TRIAGE).toBuilder()
              .setHeartbeatTimeout(Duration.ofSeconds(10)).build());
      this.analysis = Workflow.newActivityStub(AnalysisActivities.class,
          options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3), TRIAGE));
      // a model call is slow and may be rate limited; after a few tries the ranking stands as it is
      this.hypotheses = Workflow.newActivityStub(HypothesisActivities.class,
          options(Duration.ofMinutes(2), retry(Duration.ofSeconds(20), 3), TRIAGE));
      this.retrieval = Workflow.newActivityStub(RetrievalActivities.class,
          options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3), TRIAGE));
    }
    notifications = Workflow.newActivityStub(NotificationActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofSeconds(30), 5), NOTIFY));
    actions = Workflow.newActivityStub(ActionActivities.class,
        options(Duration.ofMinutes(5), retry(Duration.ofSeconds(30), 3)
            .toBuilder().setDoNotRetry("ActionRefused").build(), TRIAGE));
    postmortems = Workflow.newActivityStub(PostmortemActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofMinutes(1), 0), RECORD));
  }

  /**
   * Saves and the steps of triage run in the worker that runs the workflow task, recorded as
   * markers: no task queue between one step and the next, so a storm's backlog of workflow and
   * activity tasks does not sit between an alert and its triage, and a save no longer copies the
   * whole incident into the history as an activity's input. Notifications, actions and the
   * postmortem stay ordinary activities: they may take long and must survive this worker.
   */
  private static <T> T local(Class<T> type, Duration startToClose, RetryOptions retry) {
    return Workflow.newLocalActivityStub(type, LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(startToClose)
        // without a schedule-to-close bound the SDK does not retry a local activity whose attempts are
        // unlimited (the saves, which must outlast a database outage): it fails the first time
        .setScheduleToCloseTimeout(LOCAL_GIVE_UP)
        .setRetryOptions(retry)
        .build());
  }

  /** Longer than any outage an incident should wait through; attempt limits end the others first. */
  static final Duration LOCAL_GIVE_UP = Duration.ofDays(30);

  private ActivityOptions options(Duration startToClose, RetryOptions retry, int priority) {
    ActivityOptions.Builder b = ActivityOptions.newBuilder()
        .setStartToCloseTimeout(startToClose)
        .setRetryOptions(retry);
    if (prioritised) {
      b.setPriority(Priority.newBuilder().setPriorityKey(priority).build());
    }
    return b.build();
  }

  private static RetryOptions retry(Duration maxInterval, int maxAttempts) {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofMillis(500))
        .setBackoffCoefficient(2)
        .setMaximumInterval(maxInterval)
        .setMaximumAttempts(maxAttempts)
        .build();
  }
}
