package dev.firebreak.activities.evidence;

import java.time.Instant;
import java.util.Map;

/** What an evidence source is asked: the incident's service and labels, and a time window. */
public record EvidenceQuery(
    String incidentId, String service, Instant alertTime, Instant from, Instant to,
    Map<String, String> labels) {}
