package dev.firebreak.activities.persistence;

import java.util.Optional;

/**
 * Remembers side effects already performed, by request id, so an activity retried after a crash
 * does not post, page or execute twice.
 */
public interface RequestLog {

  Optional<String> outcomeOf(String requestId);

  void record(String requestId, String outcome);
}
