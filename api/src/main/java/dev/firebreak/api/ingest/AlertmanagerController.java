package dev.firebreak.api.ingest;

import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.api.web.ApiException;
import dev.firebreak.api.web.WebhookToken;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Prometheus Alertmanager's webhook receiver: one alert group, one incident. */
@RestController
class AlertmanagerController {
  private final WebhookToken token;
  private final AlertmanagerPayloadParser parser;
  private final AlertIntake intake;
  private final MeterRegistry metrics;

  AlertmanagerController(WebhookToken token, FirebreakProperties props, AlertIntake intake,
      MeterRegistry metrics) {
    this.metrics = metrics;
    this.token = token;
    this.parser = new AlertmanagerPayloadParser(props.ingest());
    this.intake = intake;
  }

  @PostMapping(path = "/api/v1/alerts/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<IncidentStarter.Accepted> receive(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) byte[] body) {
    AlertGroup group;
    try {
      token.check(authorization);
      group = parser.parse(body == null ? new byte[0] : body);
    } catch (ApiException e) {
      metrics.counter("firebreak.alerts.rejected", "source", "alertmanager", "reason",
          e.status() == HttpStatus.UNAUTHORIZED ? "unauthorized" : "invalid").increment();
      throw e;
    }
    metrics.counter("firebreak.alerts.received", "source", "alertmanager").increment(group.alerts().size());
    return ResponseEntity.accepted().body(intake.submit(group));
  }
}
