package dev.firebreak.analysis.evidence;

import java.time.Instant;
import java.util.List;

/** A deploy or config push to a service. */
public record Deploy(
    Instant ts, String service, String commit, String author, String message, List<String> files) {

  public Deploy {
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A push that only touched configuration is a config change, not a code regression. */
  public boolean isConfigOnly() {
    if (files.isEmpty()) {
      String m = message == null ? "" : message.toLowerCase();
      return m.startsWith("config") || m.contains("config push") || m.contains("feature flag");
    }
    return files.stream().allMatch(Deploy::isConfigFile);
  }

  static boolean isConfigFile(String path) {
    String p = path.toLowerCase();
    return p.endsWith(".yaml")
        || p.endsWith(".yml")
        || p.endsWith(".properties")
        || p.endsWith(".toml")
        || p.endsWith(".ini")
        || p.endsWith(".conf")
        || p.endsWith(".env")
        || (p.endsWith(".json") && (p.contains("config") || p.contains("flag")));
  }
}
