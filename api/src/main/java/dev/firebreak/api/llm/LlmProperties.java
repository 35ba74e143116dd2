package dev.firebreak.api.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.llm.*}: the model that refines hypotheses. No provider, no model: the
 * deterministic ranking stands alone. The API key is never logged (see toString).
 *
 * @param provider {@code huggingface} (the HF Inference router) or {@code openai-compatible}
 *     (vLLM, Ollama, LM Studio, any {@code /v1/chat/completions})
 * @param baseUrl defaults to {@code https://router.huggingface.co/v1} for huggingface
 * @param totalTimeout all attempts of one refinement; must stay under the activity's 2 minutes
 * @param redact extra prompt redactions: {@code emails}, {@code ips}, or regular expressions
 * @param polishPostmortems let the model write a narrative of each drafted postmortem, kept only
 *     when every number and name in it is in the draft
 */
@Validated
@ConfigurationProperties("firebreak.llm")
public record LlmProperties(
    @DefaultValue("") @Pattern(regexp = "|huggingface|openai-compatible") String provider,
    @DefaultValue("") String baseUrl,
    @DefaultValue("") String apiKey,
    @DefaultValue("") String model,
    @DefaultValue("20s") @NotNull Duration timeout,
    @DefaultValue("100s") @NotNull Duration totalTimeout,
    @DefaultValue("3") @Min(1) int maxAttempts,
    @DefaultValue("1s") @NotNull Duration firstBackoff,
    @DefaultValue("20s") @NotNull Duration maxBackoff,
    @DefaultValue("6") @Min(1) int maxCallsPerIncident,
    @DefaultValue("40000") @Min(100) int maxTokensPerIncident,
    @DefaultValue("6000") @Min(500) int promptTokenBudget,
    @DefaultValue("1024") @Min(64) int maxAnswerTokens,
    @DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("1.0") double unmatchedConfidenceCap,
    @DefaultValue("false") boolean jsonMode,
    @DefaultValue("") List<String> redact,
    @DefaultValue("false") boolean polishPostmortems) {

  static final String HF_ROUTER = "https://router.huggingface.co/v1";

  public boolean enabled() {
    return !provider.isBlank();
  }

  /** The base URL to call: the configured one, or the router for huggingface. */
  public String effectiveBaseUrl() {
    return baseUrl.isBlank() && provider.equals("huggingface") ? HF_ROUTER : baseUrl;
  }

  @Override
  public String toString() {
    return "LlmProperties[provider=" + provider + ", baseUrl=" + effectiveBaseUrl() + ", model=" + model
        + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
  }
}
