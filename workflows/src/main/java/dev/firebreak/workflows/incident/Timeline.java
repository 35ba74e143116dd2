package dev.firebreak.workflows.incident;

import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;

/** Appends timeline events with ids from the incident's own counter, so replays give the same ids. */
final class Timeline {
  private final IncidentState state;

  Timeline(IncidentState state) {
    this.state = state;
  }

  void add(String type, Actor actor, String text, List<String> refs) {
    String id = "t-" + state.nextTimelineSeq++;
    state.timeline.add(new TimelineEvent(id, Instant.ofEpochMilli(Workflow.currentTimeMillis()),
        type, actor, text, refs));
  }
}
