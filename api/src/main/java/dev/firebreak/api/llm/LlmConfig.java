package dev.firebreak.api.llm;

import dev.firebreak.activities.hypotheses.ChatCompletionsClient;
import dev.firebreak.activities.hypotheses.LlmMetrics;
import dev.firebreak.activities.hypotheses.ModelCallLog;
import dev.firebreak.activities.hypotheses.ModelHypotheses;
import dev.firebreak.activities.hypotheses.ModelSettings;
import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.activities.postmortem.ModelPolish;
import dev.firebreak.activities.postmortem.PostmortemPolish;
import dev.firebreak.workflows.incident.HypothesisActivities;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The model-backed hypothesis refinement, only when {@code firebreak.llm.provider} is set. It is
 * primary so it wins over the deterministic-only default whatever order the configurations load in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
public class LlmConfig {
  /** The hypothesis activity's start-to-close timeout, minus room to answer with a fallback. */
  static final Duration MAX_TOTAL_TIMEOUT = Duration.ofSeconds(110);

  @Bean
  @Primary
  @ConditionalOnExpression("!'${firebreak.llm.provider:}'.isBlank()")
  HypothesisActivities modelHypotheses(LlmProperties p, ModelCallLog log, EvidenceStore evidence,
      MeterRegistry registry) {
    ModelSettings settings = settings(p);
    return new ModelHypotheses(new ChatCompletionsClient(settings, d -> Thread.sleep(d.toMillis())),
        settings, log, evidence, new LlmMetrics(registry, p.provider()));
  }

  /** The narrative of drafted postmortems, when asked for; see {@link ModelPolish} for its check. */
  @Bean
  @ConditionalOnExpression("!'${firebreak.llm.provider:}'.isBlank() and ${firebreak.llm.polish-postmortems:false}")
  PostmortemPolish postmortemPolish(LlmProperties p, ModelCallLog log, MeterRegistry registry) {
    ModelSettings settings = settings(p);
    return new ModelPolish(new ChatCompletionsClient(settings, d -> Thread.sleep(d.toMillis())), settings, log,
        new LlmMetrics(registry, p.provider()));
  }

  static ModelSettings settings(LlmProperties p) {
    require(!p.model().isBlank(), "firebreak.llm.model", "is required when a provider is set");
    require(!p.effectiveBaseUrl().isBlank(), "firebreak.llm.base-url",
        "is required for provider openai-compatible");
    require(!p.provider().equals("huggingface") || !p.apiKey().isBlank(), "firebreak.llm.api-key",
        "is required for provider huggingface (an HF token)");
    require(p.totalTimeout().compareTo(MAX_TOTAL_TIMEOUT) <= 0, "firebreak.llm.total-timeout",
        "must be at most " + MAX_TOTAL_TIMEOUT.toSeconds() + "s (the activity is cut at 2 minutes)");
    return new ModelSettings(p.provider(), p.effectiveBaseUrl(), p.apiKey(), p.model(), p.timeout(),
        p.totalTimeout(), p.maxAttempts(), p.firstBackoff(), p.maxBackoff(), p.maxCallsPerIncident(),
        p.maxTokensPerIncident(), p.promptTokenBudget(), p.maxAnswerTokens(),
        p.unmatchedConfidenceCap(), p.jsonMode(),
        p.redact().stream().filter(s -> !s.isBlank()).toList());
  }

  private static void require(boolean ok, String property, String problem) {
    if (!ok) {
      throw new IllegalStateException(property + " " + problem);
    }
  }
}
