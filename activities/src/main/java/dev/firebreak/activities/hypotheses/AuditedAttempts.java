package dev.firebreak.activities.hypotheses;

import java.time.Instant;
import java.util.List;

/**
 * Records each attempt in the audit log and the metrics, and enforces the incident's budget. A
 * successful HTTP answer is held back until the caller knows whether it could be read, so the audit
 * says "invalid_answer" for JSON the model botched rather than "ok".
 */
public final class AuditedAttempts implements ChatCompletionsClient.Attempts {
  private final ModelCallLog log;
  private final LlmMetrics metrics;
  private final ModelSettings settings;
  private final String incidentId;
  private final String requestId;
  private final String purpose;
  private final List<String> evidenceIds;
  private ModelCall answered;

  public AuditedAttempts(ModelCallLog log, LlmMetrics metrics, ModelSettings settings, String incidentId,
      String requestId, String purpose, List<String> evidenceIds) {
    this.log = log;
    this.metrics = metrics;
    this.settings = settings;
    this.incidentId = incidentId;
    this.requestId = requestId;
    this.purpose = purpose;
    this.evidenceIds = evidenceIds;
  }

  @Override
  public boolean allowed(int estimatedTokens) {
    ModelCallLog.Usage used = log.usage(incidentId);
    return used.calls() < settings.maxCallsPerIncident()
        && used.tokens() + estimatedTokens <= settings.maxTokensPerIncident();
  }

  @Override
  public void recorded(String outcome, int tokensIn, int tokensOut, long latencyMs,
      String requestBody, String response) {
    ModelCall call = new ModelCall(incidentId, requestId, purpose, settings.provider(),
        settings.model(), outcome, tokensIn, tokensOut, latencyMs, evidenceIds, requestBody, response,
        Instant.now());
    if (outcome.equals("ok")) {
      answered = call;
    } else {
      store(call);
    }
  }

  /** Records the held-back answer as readable ("ok") or not ("invalid_answer"). */
  public void settle(boolean readable) {
    settle(readable ? "ok" : "invalid_answer");
  }

  /**
   * Records the held-back answer with the outcome the caller decided: "ok", "invalid_answer", or
   * "ungrounded" for an answer that was readable but said what the evidence does not.
   */
  public void settle(String outcome) {
    if (answered != null) {
      store(answered.withOutcome(outcome));
      answered = null;
    }
  }

  private void store(ModelCall call) {
    log.record(call);
    metrics.call(call.outcome());
  }
}
