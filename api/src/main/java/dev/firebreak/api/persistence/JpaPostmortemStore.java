package dev.firebreak.api.persistence;

import dev.firebreak.activities.persistence.PostmortemStore;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
class JpaPostmortemStore implements PostmortemStore {
  private final PostmortemRepository repository;

  JpaPostmortemStore(PostmortemRepository repository) {
    this.repository = repository;
  }

  @Override
  public void saveDraft(String incidentId, String markdown, String json) {
    PostmortemEntity e = new PostmortemEntity();
    e.incidentId = incidentId;
    e.markdown = markdown;
    e.json = json;
    e.updatedAt = Instant.now();
    repository.save(e);
  }
}
