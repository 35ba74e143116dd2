package dev.firebreak.api.retrieval;

import dev.firebreak.activities.postmortem.PostmortemIndex;
import dev.firebreak.activities.retrieval.RetrievalActivitiesImpl;
import dev.firebreak.activities.retrieval.RetrievalSettings;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.SimilarIncidentRetrievers;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.workflows.incident.RetrievalActivities;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires similar-incident retrieval into the incident: the activity, the postmortem index, the corpus. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetrievalProperties.class)
public class RetrievalConfig {

  /** The index entry of an incident's own postmortem. */
  public static String documentIdOf(String incidentId) {
    return "incidents/" + incidentId + ".md";
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(prefix = "firebreak.retrieval", name = "enabled", havingValue = "true", matchIfMissing = true)
  SimilarIncidentRetriever similarIncidentRetriever(RetrievalProperties props, FirebreakProperties firebreak) {
    RetrievalSettings settings = RetrievalSettings.embedded(Path.of(firebreak.dataDir(), "knowledge-index"));
    if (!props.opensearchUrl().isBlank()) {
      settings = settings.withOpenSearch(props.opensearchUrl(), props.opensearchIndex());
    }
    return SimilarIncidentRetrievers.open(settings);
  }

  @Bean
  RetrievalActivities retrievalActivities(ObjectProvider<SimilarIncidentRetriever> retriever) {
    return new RetrievalActivitiesImpl(retriever.getIfAvailable());
  }

  @Bean
  PostmortemIndex postmortemIndex(ObjectProvider<SimilarIncidentRetriever> retriever) {
    SimilarIncidentRetriever r = retriever.getIfAvailable();
    return r == null ? PostmortemIndex.NONE
        : (incidentId, markdown) -> r.indexMarkdown(documentIdOf(incidentId), markdown, DocumentKind.POSTMORTEM);
  }
}
