package dev.firebreak.api.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Similar-incident retrieval. Embedded Lucene under the data directory by default; OpenSearch when
 * {@code opensearch-url} is set.
 *
 * @param knowledgeDir folder of postmortems/ and runbooks/ markdown indexed on start (if present)
 * @param runbooksDir a folder of your runbooks (markdown), kept in sync
 * @param runbooksGit a git repository of runbooks (anything JGit clones), fetched and kept in sync
 * @param runbooksGitBranch the branch followed
 * @param runbooksGitPath the folder inside the repository holding them ("" for the root)
 * @param resyncInterval how often every source is checked for changes; 0 checks on start only
 */
@ConfigurationProperties("firebreak.retrieval")
public record RetrievalProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("knowledge") String knowledgeDir,
    @DefaultValue("") String opensearchUrl,
    @DefaultValue("firebreak-knowledge") String opensearchIndex,
    @DefaultValue("") String runbooksDir,
    @DefaultValue("") String runbooksGit,
    @DefaultValue("main") String runbooksGitBranch,
    @DefaultValue("") String runbooksGitPath,
    @DefaultValue("5m") java.time.Duration resyncInterval) {}
