package dev.firebreak.activities.evidence.prometheus;

import java.util.Optional;
import okhttp3.HttpUrl;

/** The expression behind an alert, read from its Prometheus {@code generatorURL}. */
final class GeneratorUrl {
  private GeneratorUrl() {}

  /** {@code g0.expr} of a Prometheus graph link, when the URL has one. */
  static Optional<String> expression(String generatorUrl) {
    if (generatorUrl == null || generatorUrl.isBlank()) {
      return Optional.empty();
    }
    HttpUrl url = HttpUrl.parse(generatorUrl);
    if (url == null) {
      return Optional.empty();
    }
    String expr = url.queryParameter("g0.expr");
    return expr == null || expr.isBlank() ? Optional.empty() : Optional.of(expr);
  }
}
