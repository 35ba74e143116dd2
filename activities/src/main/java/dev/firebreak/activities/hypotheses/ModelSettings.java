package dev.firebreak.activities.hypotheses;

import java.time.Duration;
import java.util.List;

/**
 * How to reach the model and how much of it an incident may use.
 *
 * @param provider "huggingface" or "openai-compatible": recorded in the audit and the metrics
 * @param baseUrl the OpenAI-compatible root, e.g. {@code https://router.huggingface.co/v1}
 * @param apiKey sent as a bearer token; never logged, redacted from every prompt
 * @param callTimeout one HTTP call, connect to last byte
 * @param totalTimeout everything one refinement may take, retries included; below the activity's
 *     start-to-close timeout so the activity answers (with a fallback) instead of being killed
 * @param promptTokenBudget estimated tokens of the prompt; larger evidence is shortened first
 * @param unmatchedConfidenceCap the most a hypothesis only the model proposes may claim
 * @param redactions named ({@code emails}, {@code ips}) or regular-expression patterns removed
 *     from prompts on top of the built-in secret patterns
 */
public record ModelSettings(
    String provider,
    String baseUrl,
    String apiKey,
    String model,
    Duration callTimeout,
    Duration totalTimeout,
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    int maxCallsPerIncident,
    int maxTokensPerIncident,
    int promptTokenBudget,
    int maxAnswerTokens,
    double unmatchedConfidenceCap,
    boolean jsonMode,
    List<String> redactions) {

  public ModelSettings {
    redactions = redactions == null ? List.of() : List.copyOf(redactions);
  }

  @Override
  public String toString() {
    return "ModelSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
        + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "" : "***") + "]";
  }
}
