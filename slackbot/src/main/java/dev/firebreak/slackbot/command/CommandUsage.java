package dev.firebreak.slackbot.command;

/** The help text, written with the configured command name. */
public final class CommandUsage {
  private CommandUsage() {}

  public static String text(String command) {
    return String.join("\n",
        "*Usage* — inside an incident channel the incident id is implied:",
        "`" + command + " declare <title> [--sev sev1..sev4] [--service name]` — open an incident (no title: a form)",
        "`" + command + " list` — recent incidents",
        "`" + command + " status [id]` — where an incident stands",
        "`" + command + " ack [id]` — acknowledge",
        "`" + command + " note [id] <text>` — add a note to the timeline",
        "`" + command + " assign [id] @user [commander|scribe|communications]` — give someone a role",
        "`" + command + " resolve [id] [summary]` — resolve (no summary: a form with the root cause)",
        "`" + command + " postmortem [id]` — link to the drafted postmortem",
        "`" + command + " help` — this text");
  }
}
