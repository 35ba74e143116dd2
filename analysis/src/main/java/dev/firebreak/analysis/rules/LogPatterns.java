package dev.firebreak.analysis.rules;

import java.util.regex.Pattern;

/** Masks the variable parts of a log message so lines of one statement share a pattern. */
final class LogPatterns {
  private static final Pattern UUID =
      Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
  private static final Pattern IP = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b");
  private static final Pattern HEX = Pattern.compile("\\b(0x)?[0-9a-fA-F]*\\d[0-9a-fA-F]*\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.\\d+)?(ms|s|m|h|kb|mb|gb|%)?\\b");
  private static final Pattern WILDCARDS = Pattern.compile("(<\\*>[^\\sA-Za-z]*)+");

  private LogPatterns() {}

  static String of(String message) {
    String m = UUID.matcher(message).replaceAll("<*>");
    m = IP.matcher(m).replaceAll("<*>");
    m = HEX.matcher(m).replaceAll("<*>");
    m = NUMBER.matcher(m).replaceAll("<*>");
    return WILDCARDS.matcher(m).replaceAll("<*>").trim();
  }
}
