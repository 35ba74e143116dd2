package dev.firebreak.api.sources;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.evidence.prometheus.*}: the Prometheus evidence source, active when {@code url}
 * is set. Bound even when unset (the application scans for properties), so nothing here may be
 * required.
 *
 * @param bearerToken sent as {@code Authorization: Bearer}; never logged
 * @param windowBefore unset: the evidence window of {@code firebreak.evidence.window-before}
 * @param selectorLabels groups of labels that pick the service's series, e.g. {@code service,namespace}
 * @param builtInSignals ask the standard signals (traffic, errors, latency, saturation)
 * @param signals extra or replacing signals: series name → PromQL template
 * @param alertQueries alertname → (series name → PromQL template), asked for that alert only
 */
@Validated
@ConfigurationProperties("firebreak.evidence.prometheus")
public record PrometheusProperties(
    String url,
    @DefaultValue("") String bearerToken,
    @DefaultValue("10s") @NotNull Duration timeout,
    @DefaultValue("15s") @NotNull Duration step,
    Duration windowBefore,
    Duration windowAfter,
    @DefaultValue({"service,namespace", "job,instance"}) List<String> selectorLabels,
    @DefaultValue("true") boolean builtInSignals,
    @DefaultValue Map<String, String> signals,
    @DefaultValue Map<String, Map<String, String>> alertQueries,
    @DefaultValue("20") @Min(1) int maxSeriesPerQuery) {

  @Override
  public String toString() {
    return "PrometheusProperties[url=" + url + ", bearerToken=" + (bearerToken.isEmpty() ? "" : "***")
        + ", timeout=" + timeout + ", step=" + step + "]";
  }
}
