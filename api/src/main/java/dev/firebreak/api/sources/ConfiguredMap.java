package dev.firebreak.api.sources;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Conditions for sources switched on by a map of entries ({@code repositories.<service>...})
 * rather than by one property.
 */
final class ConfiguredMap {
  private ConfiguredMap() {}

  static ConditionOutcome outcome(ConditionContext context, String key) {
    boolean any = Binder.get(context.getEnvironment())
        .bind(key, Bindable.mapOf(String.class, Object.class))
        .map(m -> !m.isEmpty()).orElse(false);
    return any ? ConditionOutcome.match(key + " has entries")
        : ConditionOutcome.noMatch(key + " is empty");
  }

  static final class GitRepositories extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return outcome(context, GitSourceConfig.PREFIX + ".repositories");
    }
  }

  static final class GitHubRepositories extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return outcome(context, "firebreak.evidence.github.repositories");
    }
  }

}
