package dev.firebreak.api.retrieval;

import dev.firebreak.activities.postmortem.PostmortemIndex;
import dev.firebreak.activities.retrieval.RetrievalActivitiesImpl;
import dev.firebreak.activities.retrieval.RetrievalSettings;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.SimilarIncidentRetrievers;
import dev.firebreak.activities.retrieval.knowledge.CorpusKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.api.config.FirebreakProperties;
import dev.firebreak.workflows.incident.RetrievalActivities;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Wires similar-incident retrieval into the incident: the activity, the postmortem index, the corpus. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetrievalProperties.class)
public class RetrievalConfig {

  /** The index entry of an incident's own postmortem. */
  public static String documentIdOf(String incidentId) {
    return "incidents/" + incidentId + ".md";
  }

  private static final Logger log = LoggerFactory.getLogger(RetrievalConfig.class);

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

  /** The seed corpus is indexed once on start (unchanged documents cost nothing, by content hash). */
  @EventListener(ApplicationReadyEvent.class)
  void indexKnowledge(ApplicationReadyEvent event) {
    RetrievalProperties props = event.getApplicationContext().getBean(RetrievalProperties.class);
    SimilarIncidentRetriever r = event.getApplicationContext().getBeanProvider(SimilarIncidentRetriever.class)
        .getIfAvailable();
    Path dir = Path.of(props.knowledgeDir());
    if (r == null || !Files.isDirectory(dir)) {
      return;
    }
    var report = r.sync(new CorpusKnowledgeSource(dir));
    log.info("knowledge from {} indexed: {}", dir.toAbsolutePath(), report);
  }
}
