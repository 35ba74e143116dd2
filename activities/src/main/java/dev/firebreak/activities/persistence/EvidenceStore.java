package dev.firebreak.activities.persistence;

import dev.firebreak.analysis.evidence.Evidence;
import java.util.List;

/** Keeps the full evidence of each incident; the workflow only holds summaries. */
public interface EvidenceStore {

  /** Upserts by (incident, evidence id): storing the same items again changes nothing. */
  void saveAll(String incidentId, List<Evidence> evidence);

  List<Evidence> load(String incidentId);
}
