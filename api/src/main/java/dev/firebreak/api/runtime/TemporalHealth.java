package dev.firebreak.api.runtime;

import io.temporal.serviceclient.WorkflowServiceStubs;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Actuator health of the Temporal frontend (gRPC health check). */
@Component("temporal")
class TemporalHealth extends AbstractHealthIndicator {
  private final WorkflowServiceStubs stubs;

  TemporalHealth(WorkflowServiceStubs stubs) {
    this.stubs = stubs;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var response = stubs.healthCheck();
    builder.status(response.getStatus().name().equals("SERVING") ? "UP" : "DOWN")
        .withDetail("grpc", response.getStatus().name());
  }
}
