package dev.firebreak.api.warroom;

import dev.firebreak.workflows.incident.IncidentStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An incident state as the pages show it: "Awaiting decision", and whether it is still open. */
public record StatusLabel(String code, String text, boolean open) {

  static StatusLabel of(String status) {
    IncidentStatus s = parse(status);
    if (s == null) {
      return new StatusLabel(String.valueOf(status), String.valueOf(status), true);
    }
    return new StatusLabel(s.name(), humanize(s.name()), s.isOpen());
  }

  static List<StatusLabel> all() {
    return Arrays.stream(IncidentStatus.values()).map(s -> of(s.name())).toList();
  }

  static IncidentStatus parse(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    String upper = status.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(IncidentStatus.values()).filter(v -> v.name().equals(upper)).findFirst().orElse(null);
  }

  public String cssClass() {
    return "state state-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String humanize(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
