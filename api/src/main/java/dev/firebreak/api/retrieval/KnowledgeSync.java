package dev.firebreak.api.retrieval;

import dev.firebreak.activities.retrieval.IndexReport;
import dev.firebreak.activities.retrieval.SimilarIncidentRetriever;
import dev.firebreak.activities.retrieval.knowledge.CorpusKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.knowledge.FolderKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.GitKnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.KnowledgeSource;
import dev.firebreak.activities.retrieval.knowledge.MarkdownDocumentParser;
import dev.firebreak.api.config.FirebreakProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with where knowledge lives: the seed corpus, a runbook folder, a runbook
 * repository. Each is synced on start and then every {@code resync-interval}; a sync re-embeds only
 * documents whose content changed and removes those that are gone. One failing source (a
 * repository that cannot be fetched) is logged and retried at the next round; the others go on.
 */
@Component
class KnowledgeSync implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);

  private final ObjectProvider<SimilarIncidentRetriever> retriever;
  private final RetrievalProperties props;
  private final FirebreakProperties firebreak;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "knowledge-sync");
    t.setDaemon(true);
    return t;
  });

  KnowledgeSync(ObjectProvider<SimilarIncidentRetriever> retriever, RetrievalProperties props,
      FirebreakProperties firebreak) {
    this.retriever = retriever;
    this.props = props;
    this.firebreak = firebreak;
  }

  List<KnowledgeSource> sources() {
    List<KnowledgeSource> sources = new ArrayList<>();
    Path corpus = Path.of(props.knowledgeDir());
    if (Files.isDirectory(corpus)) {
      sources.add(new CorpusKnowledgeSource(corpus));
    }
    if (!props.runbooksDir().isBlank()) {
      sources.add(new FolderKnowledgeSource(Path.of(props.runbooksDir()), DocumentKind.RUNBOOK,
          new MarkdownDocumentParser(), "runbooks@folder/"));
    }
    if (!props.runbooksGit().isBlank()) {
      sources.add(new GitKnowledgeSource(props.runbooksGit(), props.runbooksGitBranch(),
          Path.of(firebreak.dataDir(), "runbooks-checkout"), props.runbooksGitPath(), DocumentKind.RUNBOOK,
          "runbooks@git/"));
    }
    return sources;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (retriever.getIfAvailable() == null) {
      return;
    }
    syncAll(true);
    long every = props.resyncInterval().toMillis();
    if (every > 0) {
      scheduler.scheduleWithFixedDelay(() -> syncAll(false), every, every, TimeUnit.MILLISECONDS);
    }
  }

  /** Syncs every source now; with {@code always}, reports even when nothing changed. */
  void syncAll(boolean always) {
    SimilarIncidentRetriever r = retriever.getIfAvailable();
    for (KnowledgeSource source : sources()) {
      try {
        IndexReport report = r.sync(source);
        if (always || report.added() + report.updated() + report.removed() > 0) {
          log.info("knowledge from {} synced: {}", source.name(), report);
        }
      } catch (RuntimeException e) {
        log.warn("knowledge from {} could not be synced, next try in {}: {}", source.name(),
            props.resyncInterval(), e.getMessage());
      }
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
