package dev.firebreak.api.runtime;

import dev.firebreak.activities.action.ActionActivitiesImpl;
import dev.firebreak.activities.action.RecordingActionExecutor;
import dev.firebreak.activities.evidence.ContextEvidenceSource;
import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.activities.evidence.EvidenceGatherer;
import dev.firebreak.activities.evidence.EvidenceSource;
import dev.firebreak.activities.evidence.ScenarioMetricsSource;
import dev.firebreak.activities.hypotheses.DeterministicOnly;
import dev.firebreak.activities.notification.LoggingNotifier;
import dev.firebreak.workflows.incident.HypothesisActivities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import dev.firebreak.activities.notification.MetricsNotifier;
import io.micrometer.core.instrument.MeterRegistry;
import dev.firebreak.activities.notification.NotificationActivitiesImpl;
import dev.firebreak.activities.notification.Notifier;
import dev.firebreak.activities.persistence.EvidenceStore;
import dev.firebreak.activities.persistence.IncidentRecords;
import dev.firebreak.activities.persistence.IncidentStoreActivitiesImpl;
import dev.firebreak.activities.persistence.PostmortemStore;
import dev.firebreak.activities.persistence.RequestLog;
import dev.firebreak.activities.postmortem.PostmortemDrafter;
import dev.firebreak.activities.postmortem.PostmortemPolish;
import dev.firebreak.activities.postmortem.PostmortemIndex;
import dev.firebreak.workflows.incident.RetrievalActivities;
import dev.firebreak.activities.rules.AnalysisActivitiesImpl;
import dev.firebreak.analysis.rules.RuleRegistry;
import dev.firebreak.analysis.rules.RuleSettings;
import dev.firebreak.api.config.FirebreakProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the activity implementations from configuration; the worker registers them all. */
@Configuration(proxyBeanMethods = false)
public class IncidentActivities {

  @Bean
  ContextStore contextStore(FirebreakProperties props) {
    return new ContextStore(props.evidence().maxDeploysPerService(), props.evidence().maxLogsPerService());
  }

  @Bean
  ScenarioMetricsSource scenarioMetricsSource() {
    return new ScenarioMetricsSource();
  }

  @Bean
  ContextEvidenceSource contextEvidenceSource(ContextStore store, FirebreakProperties props) {
    return new ContextEvidenceSource(store, props.rules().deployLookback());
  }

  /** Replaced by a model-backed implementation when a model is configured. */
  @Bean
  @ConditionalOnMissingBean(HypothesisActivities.class)
  HypothesisActivities deterministicHypotheses() {
    return new DeterministicOnly();
  }

  @Bean
  LoggingNotifier loggingNotifier() {
    return new LoggingNotifier();
  }

  @Bean
  MetricsNotifier metricsNotifier(MeterRegistry registry) {
    return new MetricsNotifier(registry);
  }

  @Bean
  RuleSettings ruleSettings(FirebreakProperties props) {
    FirebreakProperties.Rules r = props.rules();
    return new RuleSettings(r.deployLookback(), r.latencyThresholdSeconds(), r.errorSpikeMinRatio(),
        r.routing(), r.detectors());
  }

  @Bean
  Registered registeredActivities(List<EvidenceSource> sources, List<Notifier> notifiers,
      EvidenceStore evidence, IncidentRecords incidents, PostmortemStore postmortems,
      RequestLog requests, RuleSettings settings, FirebreakProperties props, MeterRegistry registry,
      HypothesisActivities hypotheses, RetrievalActivities retrieval, PostmortemIndex postmortemIndex,
      ObjectProvider<PostmortemPolish> polish) {
    FirebreakProperties.Evidence e = props.evidence();
    return new Registered(List.of(
        new IncidentStoreActivitiesImpl(incidents),
        new EvidenceGatherer(sources, evidence,
            new EvidenceGatherer.EvidenceWindow(e.windowBefore(), e.windowAfter()), e.sourceTimeout(), registry),
        new AnalysisActivitiesImpl(evidence, incidents, RuleRegistry.standard(), settings),
        new NotificationActivitiesImpl(notifiers, requests),
        new ActionActivitiesImpl(new RecordingActionExecutor(), requests),
        new PostmortemDrafter(postmortems, postmortemIndex, polish.getIfAvailable(() -> PostmortemPolish.NONE)),
        hypotheses,
        retrieval));
  }

  /** The activity objects to register on the worker. */
  public record Registered(List<Object> all) {}
}
