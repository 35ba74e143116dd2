package dev.firebreak.activities.postmortem;

/**
 * Prose written from a drafted postmortem, checked against it. Implementations must return within
 * the postmortem activity's timeout (one minute) and must not throw for a model that fails: the
 * verdict says so and the draft stands. Asking again for the same incident reuses the answer already
 * recorded, so a retried activity does not pay twice.
 */
public interface PostmortemPolish {
  /** No model: the draft is the postmortem. */
  PostmortemPolish NONE = draft -> null;

  /** @return the narrative and the check's verdict, or null when no model was asked */
  PostmortemDraft.Narrative polish(PostmortemDraft draft);
}
