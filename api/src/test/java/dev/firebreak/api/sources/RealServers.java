package dev.firebreak.api.sources;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the real servers the source tests talk to are, from environment variables set by the
 * scripts under scripts/. Locally a missing server skips the test; on CI ({@code CI=true}) it fails
 * it, so a broken setup cannot pass unnoticed.
 */
final class RealServers {
  private RealServers() {}

  static String required(String envVar, String howToStart) {
    String value = System.getenv(envVar);
    if (value != null && !value.isBlank()) {
      return value.trim();
    }
    String message = envVar + " is not set; start the server with " + howToStart;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + " (CI=true: a real server is required)");
    }
    Assumptions.abort(message);
    return null;
  }

  static String prometheusUrl() {
    return required("FIREBREAK_TEST_PROMETHEUS_URL",
        "scripts/prometheus.sh start and export what it prints");
  }

  static String openSearchUrl() {
    String url = required("FIREBREAK_TEST_OPENSEARCH_URL",
        "export FIREBREAK_TEST_OPENSEARCH_URL=\"$(scripts/opensearch.sh start)\"");
    return url.replaceAll("/+$", "");
  }

  /** The executable from {@code envVar}, else the first of {@code names} on the PATH. */
  static String binary(String envVar, String... names) {
    String configured = System.getenv(envVar);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String n : names) {
        Path p = Path.of(dir, n);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return required(envVar, "apt-get install prometheus prometheus-alertmanager");
  }
}
