package dev.firebreak.workflows.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.internal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recorded history must replay on today's workflow code without non-determinism. */
class IncidentWorkflowReplayTest {

  static List<Path> histories() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/histories"))) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(found).as("recorded histories").isNotEmpty();
      return found;
    }
  }

  @ParameterizedTest
  @MethodSource("histories")
  void recordedHistoryReplays(Path history) throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      // a loaded CI machine can stall the first replay past the default 1 s deadlock detector
      Worker worker = env.newWorker(IncidentWorkflow.TASK_QUEUE,
          WorkerOptions.newBuilder().setDefaultDeadlockDetectionTimeout(30_000).build());
      worker.registerWorkflowImplementationTypes(IncidentWorkflowImpl.class);
      WorkflowReplayer.replayWorkflowExecution(
          WorkflowExecutionHistory.fromJson(Files.readString(history)), worker);
    }
  }
}
