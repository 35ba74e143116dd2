package dev.firebreak.api.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything Firebreak reads from configuration (environment variables or application.yaml), with
 * the embedded defaults. Validated at start-up: a bad value stops the app naming the property.
 */
@Validated
@ConfigurationProperties("firebreak")
public record FirebreakProperties(
    @DefaultValue("data") @NotBlank String dataDir,
    @DefaultValue @Valid Temporal temporal,
    @DefaultValue @Valid EmbeddedDatabase embeddedDatabase,
    @DefaultValue @Valid Ingest ingest,
    @DefaultValue @Valid Incidents incidents,
    @DefaultValue @Valid Evidence evidence,
    @DefaultValue @Valid Rules rules) {

  /**
   * @param target host:port of a Temporal frontend; empty runs the in-process test server
   * @param embeddedPort port of the in-process server; 0 picks a free one
   * @param stickyExecution keep workflows cached on the worker that last ran them. A Temporal
   *     cluster moves a dead worker's sticky tasks back to the shared queue after 5 s; Temporal's
   *     Java test server never does, so against a standalone test server that outlives Firebreak
   *     (a crash test) this must be off, or a crashed worker's workflows wait forever
   */
  public record Temporal(
      @DefaultValue("") String target,
      @DefaultValue("default") @NotBlank String namespace,
      @DefaultValue("0") @Min(0) @Max(65535) int embeddedPort,
      @DefaultValue("false") boolean tls,
      @DefaultValue("") String tlsCertPath,
      @DefaultValue("") String tlsKeyPath,
      @DefaultValue("true") boolean registerSearchAttributes,
      @DefaultValue("true") boolean stickyExecution) {

    public boolean embedded() {
      return target == null || target.isBlank();
    }
  }

  /** Used only when spring.datasource.url is not set. */
  public record EmbeddedDatabase(@DefaultValue("0") @Min(0) @Max(65535) int port) {}

  /**
   * @param webhookToken shared secret the alert webhooks must send as a bearer token; empty
   *     disables the check
   * @param coalesceWindow how long deliveries of one group wait to go to Temporal as one signal
   * @param maxPendingAlerts alerts waiting for hand-over above which webhooks answer 503
   * @param handoverWait how long a webhook waits for its alerts to reach the workflow before it
   *     answers "queued" (they are durably stored either way)
   * @param stormCoalesceWindow in a storm, how long an incident that already exists collects its
   *     updates before they go to its workflow as one signal
   */
  public record Ingest(
      @DefaultValue("") String webhookToken,
      @DefaultValue("1048576") @Min(1024) long maxBodyBytes,
      @DefaultValue("1000") @Min(1) int maxAlertsPerPayload,
      @DefaultValue("64") @Min(1) int maxLabels,
      @DefaultValue("1024") @Min(16) int maxLabelLength,
      @DefaultValue("10000") @Min(1) int maxNoteLength,
      @DefaultValue("20ms") @NotNull Duration coalesceWindow,
      @DefaultValue("20000") @Min(1) int maxPendingAlerts,
      @DefaultValue("80ms") @NotNull Duration handoverWait,
      @DefaultValue("1s") @NotNull Duration stormCoalesceWindow) {}

  public record Incidents(
      @DefaultValue("15m") @NotNull Duration escalateAfter,
      @DefaultValue("false") boolean autoResolve,
      @DefaultValue("true") boolean resumeOnStart) {}

  public record Evidence(
      @DefaultValue("60m") @NotNull Duration windowBefore,
      @DefaultValue("5m") @NotNull Duration windowAfter,
      @DefaultValue("20s") @NotNull Duration sourceTimeout,
      @DefaultValue("200") @Min(1) int maxDeploysPerService,
      @DefaultValue("5000") @Min(1) int maxLogsPerService) {}

  /**
   * @param routing "label=value" → team, e.g. {@code service=checkout: payments-team}
   * @param detectors anomaly detection, change tests and log template mining in the rules
   */
  public record Rules(
      @DefaultValue("2h") @NotNull Duration deployLookback,
      @DefaultValue("1.0") @DecimalMin("0.0") double latencyThresholdSeconds,
      @DefaultValue("3.0") @DecimalMin("1.0") double errorSpikeMinRatio,
      @DefaultValue Map<String, String> routing,
      @DefaultValue("true") boolean detectors) {}
}
