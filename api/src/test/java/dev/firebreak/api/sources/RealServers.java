package dev.firebreak.api.sources;

import static org.junit.jupiter.api.Assertions.fail;

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
}
