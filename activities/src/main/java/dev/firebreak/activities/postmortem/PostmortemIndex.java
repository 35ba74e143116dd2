package dev.firebreak.activities.postmortem;

/**
 * Where drafted postmortems go so the next incident can find them (the similar-incident index).
 * Indexing the same incident again replaces its document.
 */
public interface PostmortemIndex {
  PostmortemIndex NONE = (incidentId, markdown) -> { };

  /** @param markdown the draft with front matter (title, date, services, severity, root cause kind) */
  void index(String incidentId, String markdown);
}
