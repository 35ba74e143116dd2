package dev.firebreak.api.screenshots;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.vision.*}: the vision model that reads uploaded screenshots. No provider: OCR
 * only. Retries, the per-incident budget and redactions are those of {@code firebreak.llm.*}.
 *
 * @param baseUrl blank: the Hugging Face router for huggingface, else {@code firebreak.llm.base-url}
 * @param apiKey blank: {@code firebreak.llm.api-key}; never logged
 * @param totalTimeout all attempts for one screenshot; the upload waits for it
 */
@Validated
@ConfigurationProperties("firebreak.vision")
public record VisionProperties(
    @DefaultValue("") @Pattern(regexp = "|huggingface|openai-compatible") String provider,
    @DefaultValue("") String baseUrl,
    @DefaultValue("") String apiKey,
    @DefaultValue("") String model,
    @DefaultValue("30s") @NotNull Duration timeout,
    @DefaultValue("45s") @NotNull Duration totalTimeout,
    @DefaultValue("1024") @Min(64) int maxAnswerTokens) {

  @Override
  public String toString() {
    return "VisionProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
        + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
  }
}
