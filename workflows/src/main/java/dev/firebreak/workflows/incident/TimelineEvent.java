package dev.firebreak.workflows.incident;

import java.time.Instant;
import java.util.List;

/** One line of the incident's story; {@code refs} cite evidence, findings, hypotheses or actions. */
public record TimelineEvent(
    String id, Instant at, String type, Actor actor, String text, List<String> refs) {
  public TimelineEvent {
    refs = refs == null ? List.of() : List.copyOf(refs);
  }
}
