package dev.firebreak.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import org.junit.jupiter.api.Test;

class EmbeddedTemporalTest {

  @Test
  void aWorkflowStartedInProcessIsSeenByToolsOnThePort() throws Exception {
    try (TemporalConfig.EmbeddedTemporal temporal = TemporalConfig.EmbeddedTemporal.start(0)) {
      WorkflowServiceStubs inProcess = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setChannel(temporal.channel()).build());
      WorkflowServiceStubs overThePort = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + temporal.port()).build());
      try {
        WorkflowExecution run = WorkflowClient.newInstance(inProcess)
            .newUntypedWorkflowStub("AnyWorkflow", WorkflowOptions.newBuilder()
                .setWorkflowId("seen-on-the-port").setTaskQueue("nobody-polls").build())
            .start();

        var described = overThePort.blockingStub().describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder().setNamespace("default").setExecution(run).build());

        assertThat(described.getWorkflowExecutionInfo().getStatus())
            .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThat(described.getWorkflowExecutionInfo().getExecution().getRunId()).isEqualTo(run.getRunId());
      } finally {
        inProcess.shutdownNow();
        overThePort.shutdownNow();
      }
    }
  }
}
