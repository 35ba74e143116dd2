package dev.firebreak.slackbot.blocks;

/** Slack mrkdwn helpers: alert and user text is escaped so it cannot forge mentions or links. */
public final class Mrkdwn {
  /** Slack's limit for a section's text is 3,000 characters; stay well inside it. */
  static final int SECTION_LIMIT = 2900;

  private Mrkdwn() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  public static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text == null ? "" : text;
    }
    return text.substring(0, Math.max(0, max - 1)) + "…";
  }

  public static String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  /** A timestamp every reader sees in their own time zone, with a plain fallback. */
  public static String date(java.time.Instant at) {
    if (at == null) {
      return "unknown";
    }
    return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + at + ">";
  }
}
