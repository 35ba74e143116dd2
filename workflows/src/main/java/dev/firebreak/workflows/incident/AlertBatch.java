package dev.firebreak.workflows.incident;

import java.time.Instant;
import java.util.List;

/**
 * Alerts delivered together (one webhook call, or several coalesced). {@code batchId} makes a
 * re-delivery of the same batch a no-op.
 */
public record AlertBatch(String batchId, String source, Instant receivedAt, List<Alert> alerts) {
  public AlertBatch {
    alerts = List.copyOf(alerts);
  }
}
