package dev.firebreak.activities.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known about a live incident when we look for similar past ones: the alert and the top findings
 * of the evidence gathering. Every finding is optional.
 *
 * @param dominantLogPattern e.g. {@code "HikariPool-1 - Connection is not available, request timed out"}
 * @param deploy             e.g. {@code "checkout v2.14.0 rolled out 6 minutes before the alert"}
 * @param affectedMetric     e.g. {@code "http_server_requests_seconds p99"}
 */
public record AlertContext(
        String alertname,
        Map<String, String> labels,
        Map<String, String> annotations,
        String dominantLogPattern,
        String deploy,
        String affectedMetric) {

    /** Labels that name the service an alert is about, in the order Prometheus setups commonly use them. */
    private static final List<String> SERVICE_LABELS = List.of("service", "app", "application", "job", "component", "container");
    /** Labels whose values are noise for text search (addresses, ids, routing). */
    private static final Set<String> NOISE_LABELS = Set.of("instance", "pod", "pod_name", "endpoint", "receiver", "prometheus", "le", "uid", "id");

    public AlertContext {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** Services named by the alert's labels. */
    public List<String> services() {
        Set<String> services = new LinkedHashSet<>();
        for (String label : SERVICE_LABELS) {
            String value = labels.get(label);
            if (value != null && !value.isBlank()) {
                services.add(value.trim());
            }
        }
        return List.copyOf(services);
    }

    /** Free text for BM25 and the embedding: alert name split into words, label values, annotations, findings. */
    public String queryText() {
        List<String> parts = new ArrayList<>();
        if (alertname != null) {
            // "CheckoutHighLatencyP99" -> "Checkout High Latency P99" so BM25 can match the words.
            parts.add(alertname.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replace('_', ' '));
        }
        labels.entrySet().stream()
                .filter(e -> !NOISE_LABELS.contains(e.getKey()) && !"alertname".equals(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getValue()));
        annotations.entrySet().stream()
                .filter(e -> !e.getKey().endsWith("_url"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getValue()));
        for (String finding : new String[] {dominantLogPattern, deploy, affectedMetric}) {
            if (finding != null && !finding.isBlank()) {
                parts.add(finding);
            }
        }
        return String.join(". ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    /** The query to run for this alert: services from labels as context, "deploy" as the suspected cause when a deploy was seen. */
    public IncidentQuery toQuery() {
        return IncidentQuery.of(queryText())
                .withServices(services())
                .withRootCauseKindHint(deploy == null || deploy.isBlank() ? null : "deploy")
                .withErrorPattern(dominantLogPattern);
    }
}
