package dev.firebreak.api.slack;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code firebreak.slack.*}. Slack is off unless {@code signing-secret} is set, so the embedded
 * default never talks to Slack.
 *
 * @param signingSecret verifies every request from Slack (Basic Information → Signing Secret)
 * @param botToken the bot's {@code xoxb-} token for the Web API
 * @param channel where triage cards are posted (id or name)
 * @param perIncidentChannels create a channel per incident instead (the card goes there; a pointer
 *     goes to {@code channel} when set)
 * @param inviteUsers user ids invited to each incident channel (approvers are invited too)
 * @param command the slash command as configured in the Slack app
 * @param approvers user ids who may approve or reject actions
 * @param approverGroup a user group id whose members may approve or reject; with neither this
 *     nor {@code approvers}, everyone may
 * @param apiUrl the Slack Web API base (tests point it at a fake)
 * @param publicUrl Firebreak's URL as people reach it, for postmortem links
 * @param path where Slack sends slash commands and interactions
 * @param workspaceUrl the workspace's address ({@code https://acme.slack.com}); when set, the war
 *     room links each incident to its card's thread there, built from the stored channel and
 *     message timestamp without calling Slack
 */
@ConfigurationProperties("firebreak.slack")
public record SlackProperties(
    @DefaultValue("") String signingSecret,
    @DefaultValue("") String botToken,
    @DefaultValue("") String channel,
    @DefaultValue("false") boolean perIncidentChannels,
    @DefaultValue List<String> inviteUsers,
    @DefaultValue("/incident") String command,
    @DefaultValue List<String> approvers,
    @DefaultValue("") String approverGroup,
    @DefaultValue("https://slack.com/api/") String apiUrl,
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("/slack/events") String path,
    @DefaultValue("") String workspaceUrl) {

  /** Checks what a Slack app cannot run without; the message names the property, never its value. */
  void validate() {
    require(!botToken.isBlank(), "firebreak.slack.bot-token must be set when firebreak.slack.signing-secret is");
    require(perIncidentChannels || !channel.isBlank(),
        "firebreak.slack.channel must be set unless firebreak.slack.per-incident-channels is true");
    require(command.startsWith("/") && command.length() > 1, "firebreak.slack.command must start with /");
    require(path.startsWith("/"), "firebreak.slack.path must start with /");
    require(apiUrl.endsWith("/"), "firebreak.slack.api-url must end with /");
    require(workspaceUrl.isBlank() || SlackThreadLinks.validBase(workspaceUrl),
        "firebreak.slack.workspace-url must be an http(s) address such as https://acme.slack.com");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /** Secrets stay out of logs and failure analyses that print the bound properties. */
  @Override
  public String toString() {
    return "SlackProperties[channel=" + channel + ", perIncidentChannels=" + perIncidentChannels + ", command="
        + command + ", approvers=" + approvers + ", approverGroup=" + approverGroup + ", apiUrl=" + apiUrl
        + ", publicUrl=" + publicUrl + ", path=" + path + ", workspaceUrl=" + workspaceUrl + ", signingSecret=" + (signingSecret.isBlank() ? "unset" : "***")
        + ", botToken=" + (botToken.isBlank() ? "unset" : "***") + "]";
  }
}
