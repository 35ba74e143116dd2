package dev.firebreak.activities.hypotheses;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code firebreak_llm_calls_total{provider,outcome}}, {@code firebreak_llm_fallbacks_total},
 * {@code firebreak_llm_ungrounded_claims_dropped_total}: enough to alert on a model that stopped
 * answering or started making things up.
 */
public final class LlmMetrics {
  private final MeterRegistry registry;
  private final String provider;

  public LlmMetrics(MeterRegistry registry, String provider) {
    this.registry = registry;
    this.provider = provider;
    fallbacks();
    dropped();
  }

  void call(String outcome) {
    Counter.builder("firebreak.llm.calls").description("Model calls by provider and outcome")
        .tag("provider", provider).tag("outcome", outcome).register(registry).increment();
  }

  void fallback() {
    fallbacks().increment();
  }

  public void droppedClaims(int n) {
    dropped().increment(n);
  }

  private Counter fallbacks() {
    return Counter.builder("firebreak.llm.fallbacks")
        .description("Refinements that fell back to the deterministic ranking").register(registry);
  }

  private Counter dropped() {
    return Counter.builder("firebreak.llm.ungrounded.claims.dropped")
        .description("Model claims dropped by the grounding check").register(registry);
  }
}
