package dev.firebreak.analysis.evidence;

/** What an evidence item holds; tells rules which fields are filled. */
public enum EvidenceKind {
  ALERT,
  METRIC,
  LOGS,
  DEPLOY,
  INCIDENT,
  /** An uploaded image; its summary holds the text OCR read from it. */
  SCREENSHOT
}
