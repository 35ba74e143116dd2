package dev.firebreak.api.runtime;

import dev.firebreak.activities.support.Json;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.ingest.IncidentStarter;
import dev.firebreak.api.persistence.IncidentRepository;
import dev.firebreak.workflows.incident.IncidentState;
import dev.firebreak.workflows.incident.IncidentStatus;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, an incident that is open in the database but has no running workflow (the in-memory
 * Temporal server lost it in a restart) is started again from its stored state.
 */
@Component
class OpenIncidentResumer {
  private static final Logger log = LoggerFactory.getLogger(OpenIncidentResumer.class);

  private final IncidentRepository incidents;
  private final IncidentStarter starter;
  private final WorkflowServiceStubs stubs;
  private final FirebreakProperties props;

  OpenIncidentResumer(IncidentRepository incidents, IncidentStarter starter, WorkflowServiceStubs stubs,
      FirebreakProperties props) {
    this.incidents = incidents;
    this.starter = starter;
    this.stubs = stubs;
    this.props = props;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeOpenIncidents() {
    if (!props.incidents().resumeOnStart()) {
      return;
    }
    var open = Arrays.stream(IncidentStatus.values()).filter(IncidentStatus::isOpen).map(Enum::name).toList();
    int resumed = 0;
    for (var e : incidents.findByStatusIn(open)) {
      if (!running(e.workflowId)) {
        starter.resume(Json.read(e.stateJson, IncidentState.class));
        resumed++;
      }
    }
    if (resumed > 0) {
      log.info("resumed {} open incidents from the database", resumed);
    }
  }

  private boolean running(String workflowId) {
    try {
      var response = stubs.blockingStub().describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
          .setNamespace(props.temporal().namespace())
          .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
          .build());
      return response.getWorkflowExecutionInfo().getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (StatusRuntimeException ex) {
      if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return false;
      }
      throw ex;
    }
  }
}
