package dev.firebreak.workflows.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Incident ids are derived from the workflow run, so the API that started the run and the
 * workflow itself agree on the id without talking. A group that fires again after its incident
 * closed starts a new run of the same workflow id, and so a new incident.
 */
public final class IncidentIds {
  private IncidentIds() {}

  public static String of(String workflowId, String runId) {
    return "inc-" + sha256(workflowId + "/" + runId).substring(0, 12);
  }

  /** The workflow id for an alert group: a stable hash of its group key. */
  public static String workflowIdForGroup(String source, String groupKey) {
    return IncidentWorkflow.WORKFLOW_ID_PREFIX + source + "-" + sha256(groupKey).substring(0, 24);
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
