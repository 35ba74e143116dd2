package dev.firebreak.api.runtime;

import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.workflows.incident.IncidentSearchAttributes;
import dev.firebreak.workflows.incident.IncidentWorkflow;
import dev.firebreak.workflows.incident.IncidentWorkflowImpl;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the incident worker for the application's lifetime. Registers the custom search attributes
 * first (idempotent), so the Temporal UI can filter incidents and upserts never fail.
 */
@Component
public class IncidentWorker implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(IncidentWorker.class);

  private final WorkflowClient client;
  private final WorkflowServiceStubs stubs;
  private final FirebreakProperties props;
  private final List<Object> activities;
  private static final Duration DEADLOCK_DETECTION = Duration.ofSeconds(10);
  private WorkerFactory factory;

  IncidentWorker(WorkflowClient client, WorkflowServiceStubs stubs, FirebreakProperties props,
      IncidentActivities.Registered activities) {
    this.client = client;
    this.stubs = stubs;
    this.props = props;
    this.activities = activities.all();
  }

  @Override
  public void start() {
    if (props.temporal().registerSearchAttributes()) {
      registerSearchAttributes();
    }
    factory = WorkerFactory.newInstance(client, WorkerFactoryOptions.newBuilder()
        .setWorkerInterceptors(new IncidentLoggingContext()).build());
    // The detector's 1 s default is a false alarm on a saturated machine (two cores in an alert
    // storm): a workflow thread waiting for CPU looks stuck, its task fails and triage starts over.
    // Twice the default pollers: in a storm a new incident's first task waited behind the updates
    // of existing ones (bench ingest: triage p99 2.7-5.0 s with 5, 1.2-1.7 s with 10).
    WorkerOptions.Builder options = WorkerOptions.newBuilder()
        .setDefaultDeadlockDetectionTimeout(DEADLOCK_DETECTION.toMillis())
        .setMaxConcurrentWorkflowTaskPollers(10);
    if (!props.temporal().stickyExecution()) {
      // the SDK sends no sticky attributes when this timeout is zero: every task uses the shared queue
      options.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
    }
    Worker worker = factory.newWorker(IncidentWorkflow.TASK_QUEUE, options.build());
    worker.registerWorkflowImplementationTypes(IncidentWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities.toArray());
    BackgroundPriority.run("incident-worker-start", factory::start);
    log.info("incident worker polling {}", IncidentWorkflow.TASK_QUEUE);
  }

  private void registerSearchAttributes() {
    OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(
        OperatorServiceStubsOptions.newBuilder().setChannel(stubs.getRawChannel())
            .validateAndBuildWithDefaults());
    try {
      String ns = props.temporal().namespace();
      Set<String> existing = existing(operator, ns);
      AddSearchAttributesRequest.Builder add = AddSearchAttributesRequest.newBuilder().setNamespace(ns);
      IncidentSearchAttributes.ALL.stream().filter(k -> !existing.contains(k.getName()))
          .forEach(k -> add.putSearchAttributes(k.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
      if (add.getSearchAttributesCount() > 0) {
        operator.blockingStub().addSearchAttributes(add.build());
        log.info("registered search attributes {}", add.getSearchAttributesMap().keySet());
      }
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw new IllegalStateException("cannot register Temporal search attributes: " + e.getStatus(), e);
      }
    } finally {
      operator.shutdown();
    }
  }

  /** The in-process test server cannot list search attributes; adding them there is enough. */
  private static Set<String> existing(OperatorServiceStubs operator, String ns) {
    try {
      return operator.blockingStub()
          .listSearchAttributes(ListSearchAttributesRequest.newBuilder().setNamespace(ns).build())
          .getCustomAttributesMap().keySet();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return Set.of();
      }
      throw e;
    }
  }

  @Override
  public void stop() {
    if (factory != null) {
      factory.shutdown();
      factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      factory = null;
    }
  }

  @Override
  public boolean isRunning() {
    return factory != null && factory.isStarted();
  }

  @Override
  public int getPhase() {
    // start after the web server and database, stop before them
    return Integer.MAX_VALUE - 100;
  }
}
