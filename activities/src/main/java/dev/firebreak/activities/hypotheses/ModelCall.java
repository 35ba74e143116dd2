package dev.firebreak.activities.hypotheses;

import java.time.Instant;
import java.util.List;

/**
 * One HTTP call to a model, as audited: who was asked, what was sent (after redaction), what came
 * back, and what it cost.
 *
 * @param purpose "hypotheses", "repair", "vision", "polish"
 * @param outcome "ok", "invalid_answer", "http_429", "http_5xx", "http_4xx", "timeout", "error"
 * @param request the exact JSON body sent (redacted; the API key travels in a header, not here)
 * @param response the model's answer text, or the error
 */
public record ModelCall(
    String incidentId,
    String requestId,
    String purpose,
    String provider,
    String model,
    String outcome,
    int tokensIn,
    int tokensOut,
    long latencyMs,
    List<String> evidenceIds,
    String request,
    String response,
    Instant at) {

  public ModelCall {
    evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
  }

  public ModelCall withOutcome(String newOutcome) {
    return new ModelCall(incidentId, requestId, purpose, provider, model, newOutcome, tokensIn,
        tokensOut, latencyMs, evidenceIds, request, response, at);
  }
}
