package dev.firebreak.activities.persistence;

/** Stores drafted postmortems, one current draft per incident. */
public interface PostmortemStore {

  void saveDraft(String incidentId, String markdown, String json);
}
