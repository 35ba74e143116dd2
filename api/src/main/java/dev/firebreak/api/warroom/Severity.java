package dev.firebreak.api.warroom;

/**
 * How a severity is shown. The label and a distinct symbol carry the meaning; colour (the CSS
 * class) only repeats it, so the level reads the same without colour vision or in print.
 */
public record Severity(String label, int level, String symbol, String description) {

  static Severity of(String severity) {
    String s = severity == null ? "" : severity.toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "sev1" -> new Severity("SEV1", 1, "▲▲", "critical");
      case "sev2" -> new Severity("SEV2", 2, "▲", "major");
      case "sev3" -> new Severity("SEV3", 3, "●", "minor");
      case "sev4" -> new Severity("SEV4", 4, "○", "low");
      default -> new Severity(s.isEmpty() ? "?" : s.toUpperCase(java.util.Locale.ROOT), 4, "○", "unknown");
    };
  }

  public String cssClass() {
    return "sev sev-" + level;
  }
}
