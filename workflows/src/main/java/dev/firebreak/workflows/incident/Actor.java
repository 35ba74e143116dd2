package dev.firebreak.workflows.incident;

/** Who did something and through which channel (rest, slack, pagerduty, workflow). */
public record Actor(String name, String channel) {
  public static final Actor FIREBREAK = new Actor("firebreak", "workflow");

  @Override
  public String toString() {
    return name + " via " + channel;
  }
}
