package dev.firebreak.slackbot.outbound;

/** A Slack Web API call that did not succeed; the message names the method and Slack's error code only. */
public class SlackCallFailed extends RuntimeException {
  private final String error;

  public SlackCallFailed(String method, String error, Throwable cause) {
    super("Slack " + method + " failed: " + error, cause);
    this.error = error;
  }

  public String error() {
    return error;
  }
}
