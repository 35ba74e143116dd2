package dev.firebreak.analysis.evidence;

import java.time.Instant;

/** One log line as a source returned it. */
public record LogLine(Instant ts, String service, String level, String message) {

  public boolean isErrorOrWarning() {
    return level != null
        && (level.equalsIgnoreCase("ERROR")
            || level.equalsIgnoreCase("FATAL")
            || level.equalsIgnoreCase("WARN")
            || level.equalsIgnoreCase("WARNING"));
  }

  public boolean isError() {
    return level != null && (level.equalsIgnoreCase("ERROR") || level.equalsIgnoreCase("FATAL"));
  }
}
