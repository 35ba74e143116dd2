package dev.firebreak.analysis.evidence;

/** What an evidence item holds; tells rules which fields are filled. */
public enum EvidenceKind {
  ALERT,
  METRIC,
  LOGS,
  DEPLOY,
  INCIDENT,
  /** An uploaded image; its summary holds the text OCR read from it. */
  SCREENSHOT,
  /** Who is on call for the service (PagerDuty): people to reach, not a cause. */
  ONCALL
}
