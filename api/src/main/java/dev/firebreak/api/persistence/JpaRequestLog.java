package dev.firebreak.api.persistence;

import dev.firebreak.activities.persistence.RequestLog;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class JpaRequestLog implements RequestLog {
  private final ProcessedRequestRepository repository;

  JpaRequestLog(ProcessedRequestRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<String> outcomeOf(String requestId) {
    return repository.findById(requestId).map(r -> r.outcome);
  }

  @Override
  public void record(String requestId, String outcome) {
    ProcessedRequestEntity e = new ProcessedRequestEntity();
    e.requestId = requestId;
    e.outcome = outcome;
    e.createdAt = Instant.now();
    repository.save(e);
  }
}
