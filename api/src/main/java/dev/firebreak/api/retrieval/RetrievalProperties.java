package dev.firebreak.api.retrieval;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Similar-incident retrieval. Embedded Lucene under the data directory by default; OpenSearch when
 * {@code opensearch-url} is set.
 *
 * @param knowledgeDir folder of postmortems/ and runbooks/ markdown indexed on start (if present)
 */
@ConfigurationProperties("firebreak.retrieval")
public record RetrievalProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("knowledge") String knowledgeDir,
    @DefaultValue("") String opensearchUrl,
    @DefaultValue("firebreak-knowledge") String opensearchIndex) {}
