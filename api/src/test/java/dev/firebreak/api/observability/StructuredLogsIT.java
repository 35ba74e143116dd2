package dev.firebreak.api.observability;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Payloads;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.TestPropertySource;

/** With structured logs on, lines logged while handling an incident are JSON carrying its ids. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class StructuredLogsIT extends FirebreakIT {
  @Autowired ConfigurableEnvironment environment;

  /**
   * Logging is configured once per JVM: a test context started after another one finds it set up
   * already and keeps the earlier format (Spring Boot resets it only when a context closes), so
   * which tests ran before would decide what this one sees. Set it up from this context.
   */
  @BeforeEach
  void loggingFromThisContext() {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    logging.cleanUp();
    logging.initialize(new LoggingInitializationContext(environment), null, null);
  }

  @Test
  void incidentLogLinesAreJsonWithIncidentAndWorkflowIds(CapturedOutput output) {
    Http http = http();
    var accepted = http.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager("{}:{alertname=\"Logs\"}", "firing", "1010101010101010", "firing", "logsvc"));
    String id = accepted.incidentId();
    http.await("/api/v1/incidents/" + id, status("AWAITING_DECISION"));
    http.await("/actuator/health", j -> output.getOut().contains("incident " + id + " triaged"));

    // a REST call about the incident: its log lines carry the incident id too
    http.post("/api/v1/incidents/" + id + "/actions/a-nope/approve", "{}");
    assertThat(output.getOut().lines().filter(l -> l.contains("a-nope"))).isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("\"incidentId\":\"" + id + "\""));

    List<String> lines = output.getOut().lines().filter(l -> l.contains("incident " + id + " triaged")).toList();
    assertThat(lines).singleElement().satisfies(line -> {
      assertThat(line).startsWith("{").endsWith("}");
      assertThat(line).contains("\"incidentId\":\"" + id + "\"");
      assertThat(line).contains("\"workflowId\":\"incident-alertmanager-");
    });
  }
}
