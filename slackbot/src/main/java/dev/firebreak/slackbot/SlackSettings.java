package dev.firebreak.slackbot;

import java.util.List;

/**
 * The Slack app's behaviour as configured (the api module maps its properties onto this).
 *
 * @param channel where triage cards go (id or name); with per-incident channels, where a pointer
 *     to the new channel is posted (may then be empty)
 * @param perIncidentChannels create a channel per incident (conversations.create) and invite
 *     {@code inviteUsers} and the approvers
 * @param command the slash command, e.g. {@code /incident}
 * @param approvers user ids who may approve or reject actions
 * @param approverGroup a user group id whose members may too; with no approvers and no group,
 *     everyone in the workspace may decide
 * @param publicUrl Firebreak's URL as people reach it, for postmortem links
 */
public record SlackSettings(
    String channel,
    boolean perIncidentChannels,
    String command,
    List<String> approvers,
    String approverGroup,
    List<String> inviteUsers,
    String publicUrl) {

  public SlackSettings {
    approvers = approvers == null ? List.of() : List.copyOf(approvers);
    inviteUsers = inviteUsers == null ? List.of() : List.copyOf(inviteUsers);
    approverGroup = approverGroup == null ? "" : approverGroup;
    publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
  }

  public String postmortemUrl(String incidentId) {
    return publicUrl + "/api/v1/incidents/" + incidentId + "/postmortem";
  }

  /** The incident's page in the war room, which renders the postmortem once drafted. */
  public String warRoomUrl(String incidentId) {
    return publicUrl + "/incidents/" + incidentId;
  }
}
