package dev.firebreak.workflows.incident;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Activity stubs with the timeouts and retry policies each capability needs. */
final class ActivityStubs {
  final IncidentStoreActivities store;
  final EvidenceActivities evidence;
  final AnalysisActivities analysis;
  final NotificationActivities notifications;
  final ActionActivities actions;
  final PostmortemActivities postmortems;
  final HypothesisActivities hypotheses;
  final RetrievalActivities retrieval;

  ActivityStubs() {
    // the database may be down for a while: keep trying, the incident must be stored
    store = Workflow.newActivityStub(IncidentStoreActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofMinutes(1), 0)));
    // gathering heartbeats: a worker that dies mid-gather is noticed in seconds, not minutes
    evidence = Workflow.newActivityStub(EvidenceActivities.class,
        options(Duration.ofMinutes(2), retry(Duration.ofSeconds(10), 3)).toBuilder()
            .setHeartbeatTimeout(Duration.ofSeconds(10)).build());
    analysis = Workflow.newActivityStub(AnalysisActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3)));
    notifications = Workflow.newActivityStub(NotificationActivities.class,
        options(Duration.ofSeconds(30), retry(Duration.ofSeconds(30), 5)));
    actions = Workflow.newActivityStub(ActionActivities.class,
        options(Duration.ofMinutes(5), retry(Duration.ofSeconds(30), 3)
            .toBuilder().setDoNotRetry("ActionRefused").build()));
    // a model call is slow and may be rate limited; after a few tries the ranking stands as it is
    hypotheses = Workflow.newActivityStub(HypothesisActivities.class,
        options(Duration.ofMinutes(2), retry(Duration.ofSeconds(20), 3)));
    retrieval = Workflow.newActivityStub(RetrievalActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofSeconds(10), 3)));
    postmortems = Workflow.newActivityStub(PostmortemActivities.class,
        options(Duration.ofSeconds(60), retry(Duration.ofMinutes(1), 0)));
  }

  private static ActivityOptions options(Duration startToClose, RetryOptions retry) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(startToClose)
        .setRetryOptions(retry)
        .build();
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
