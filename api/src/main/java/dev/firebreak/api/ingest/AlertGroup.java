package dev.firebreak.api.ingest;

import dev.firebreak.workflows.incident.Alert;
import java.util.List;
import java.util.Map;

/** A validated alert group, from whichever source sent it. */
public record AlertGroup(
    String source,
    String groupKey,
    String status,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    List<Alert> alerts) {}
