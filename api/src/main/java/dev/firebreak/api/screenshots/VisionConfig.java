package dev.firebreak.api.screenshots;

import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelCallLog;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.vision.ScreenshotVision;
import dev.firebreak.api.llm.LlmProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vision model for screenshots, only when {@code firebreak.vision.provider} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisionProperties.class)
class VisionConfig {
  static final String HF_ROUTER = "https://router.huggingface.co/v1";
  /** An upload should not hang for minutes on a slow model. */
  static final Duration MAX_TOTAL_TIMEOUT = Duration.ofSeconds(90);

  @Bean
  @ConditionalOnExpression("!'${firebreak.vision.provider:}'.isBlank()")
  ScreenshotVision screenshotVision(VisionProperties v, LlmProperties llm, ModelCallLog log, MeterRegistry registry) {
    ModelSettings settings = settings(v, llm);
    return new ScreenshotVision(new ChatCompletionsClient(settings, d -> Thread.sleep(d.toMillis())), settings,
        log, new LlmMetrics(registry, v.provider()));
  }

  static ModelSettings settings(VisionProperties v, LlmProperties llm) {
    String baseUrl = !v.baseUrl().isBlank() ? v.baseUrl()
        : v.provider().equals("huggingface") ? HF_ROUTER : llm.baseUrl();
    String apiKey = v.apiKey().isBlank() ? llm.apiKey() : v.apiKey();
    require(!v.model().isBlank(), "firebreak.vision.model", "is required when a vision provider is set");
    require(!baseUrl.isBlank(), "firebreak.vision.base-url",
        "is required for provider openai-compatible (or set firebreak.llm.base-url)");
    require(!v.provider().equals("huggingface") || !apiKey.isBlank(), "firebreak.vision.api-key",
        "is required for provider huggingface (an HF token; firebreak.llm.api-key is used when set)");
    require(v.totalTimeout().compareTo(MAX_TOTAL_TIMEOUT) <= 0, "firebreak.vision.total-timeout",
        "must be at most " + MAX_TOTAL_TIMEOUT.toSeconds() + "s (the upload waits for it)");
    return new ModelSettings(v.provider(), baseUrl, apiKey, v.model(), v.timeout(), v.totalTimeout(),
        llm.maxAttempts(), llm.firstBackoff(), llm.maxBackoff(), llm.maxCallsPerIncident(),
        llm.maxTokensPerIncident(), llm.promptTokenBudget(), v.maxAnswerTokens(), llm.unmatchedConfidenceCap(),
        false, llm.redact().stream().filter(s -> !s.isBlank()).toList());
  }

  private static void require(boolean ok, String property, String problem) {
    if (!ok) {
      throw new IllegalStateException(property + " " + problem);
    }
  }
}
