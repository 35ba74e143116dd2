package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityOptions;
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
   */
  ActivityStubs(boolean prioritised) {
    this.prioritised = prioritised;
    // the database may be down for a while: keep trying, the incident must be stored
    store = Workflow.newActivityStub(IncidentStoreActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0), RECORD));
    urgentStore = Workflow.newActivityStub(IncidentStoreActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0), TRIAGE));
    // gathering heartbeats: a worker that dies mid-gather is noticed in seconds, not minutes
    evidence = Workflow.newActivityStub(EvidenceActivities.class,
        options(Duration.ofMinutes(2), retry(Duration.ofSeconds(10), 3), TRIAGE).toBuilder()
            .setHeartbeatTimeout(Duration.ofSeconds(10)).build());
    analysis = Workflow.newActivityStub(AnalysisActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3), TRIAGE));
    notifications = Workflow.newActivityStub(NotificationActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofSeconds(30), 5), NOTIFY));
    actions = Workflow.newActivityStub(ActionActivities.class,
        options(Duration.ofMinutes(5), retry(Duration.ofSeconds(30), 3)
            .toBuilder().setDoNotRetry("ActionRefused").build(), TRIAGE));
    // a model call is slow and may be rate limited; after a few tries the ranking stands as it is
    hypotheses = Workflow.newActivityStub(HypothesisActivities.class,
        options(Duration.ofMinutes(2), retry(Duration.ofSeconds(20), 3), TRIAGE));
    retrieval = Workflow.newActivityStub(RetrievalActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3), TRIAGE));
    postmortems = Workflow.newActivityStub(PostmortemActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofMinutes(1), 0), RECORD));
  }

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
