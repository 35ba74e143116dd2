package dev.firebreak.activities.hypotheses;

import java.util.List;

/** What is sent to the model: already redacted, with the evidence ids it shows. */
public record Prompt(String system, String user, List<String> evidenceIds, int estimatedTokens) {

  public Prompt {
    evidenceIds = List.copyOf(evidenceIds);
  }

  /** About four characters a token for English and JSON; close enough to budget with. */
  static int estimateTokens(String text) {
    return text == null ? 0 : (text.length() + 3) / 4;
  }
}
