package dev.firebreak.workflows.incident;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records a full incident history for the replay test. Run it when the workflow's shape is
 * released: {@code mvn -pl workflows test -Dtest=RecordHistoryTest -Dfirebreak.recordHistory=NAME}.
 * Old recordings stay: they are what proves old histories still replay.
 */
@EnabledIfSystemProperty(named = "firebreak.recordHistory", matches = ".+")
class RecordHistoryTest {

  @Test
  void recordFullIncident() throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      IncidentSearchAttributes.ALL.forEach(k ->
          env.registerSearchAttribute(k.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
      Worker worker = env.newWorker(IncidentWorkflow.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(IncidentWorkflowImpl.class);
      worker.registerActivitiesImplementations(new FakeActivities());
      env.start();
      IncidentWorkflow wf = env.getWorkflowClient().newWorkflowStub(IncidentWorkflow.class,
          WorkflowOptions.newBuilder().setWorkflowId("incident-recorded").setTaskQueue(IncidentWorkflow.TASK_QUEUE).build());
      WorkflowClient.start(wf::run, IncidentWorkflowTest.start(Duration.ofMinutes(15), false));
      IncidentWorkflowTest.await(wf, IncidentWorkflowTest.status(IncidentStatus.AWAITING_DECISION));
      env.sleep(Duration.ofMinutes(16));
      Actor alice = new Actor("alice", "rest");
      wf.acknowledge(new Signals.Acknowledge("ack-1", alice));
      wf.addNote(new Signals.Note("n-1", alice, "looking at the deploy"));
      wf.assignRole(new Signals.AssignRole("role-1", alice, IncidentRole.COMMANDER, "bob", "U0BOB"));
      wf.evidenceAdded(new Signals.EvidenceAdded("shot-1", alice, new EvidenceSummary("ev-screenshot-1",
          dev.firebreak.analysis.evidence.EvidenceKind.SCREENSHOT, "upload", "checkout", "Screenshot uploaded",
          "tesseract -l eng", null, null), "Screenshot attached as evidence ev-screenshot-1"));
      wf.approveAction(new Signals.ActionDecision("ap-1", "a-rollback-checkout-a39bf2c", alice, null));
      wf.alertsUpdated(IncidentWorkflowTest.batch("b2", "resolved"));
      IncidentWorkflowTest.await(wf, IncidentWorkflowTest.status(IncidentStatus.MITIGATING));
      wf.resolve(new Signals.Resolve("res-1", alice, "rolled back", "h-deploy-checkout-a39bf2c"));
      WorkflowStub.fromTyped(wf).getResult(IncidentStatus.class);
      String json = env.getWorkflowClient().fetchHistory("incident-recorded").toJson(true);
      Path out = Path.of("src/test/resources/histories", System.getProperty("firebreak.recordHistory") + ".json");
      Files.writeString(out, json);
    }
  }
}
