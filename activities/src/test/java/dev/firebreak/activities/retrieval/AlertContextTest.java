package dev.firebreak.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertContextTest {

    private final AlertContext alert = new AlertContext("CheckoutHighLatencyP99",
            Map.of("service", "checkout", "instance", "10.0.3.7:8080", "severity", "page"),
            Map.of("summary", "p99 above 2s", "runbook_url", "https://wiki/checkout"),
            "Connection is not available, request timed out", "checkout v2.14 deployed 6 minutes earlier", "http p99 latency");

    @Test
    void queryTextSplitsTheAlertNameAndKeepsLabelsAnnotationsAndFindingsButNotAddresses() {
        String text = alert.queryText();

        assertThat(text).startsWith("Checkout High Latency P99");
        assertThat(text).contains("checkout", "p99 above 2s", "Connection is not available", "v2.14 deployed", "http p99 latency");
        assertThat(text).doesNotContain("10.0.3.7", "https://wiki");
    }

    @Test
    void theQueryCarriesTheServicesFromLabelsAndDeployAsTheSuspectedCause() {
        IncidentQuery query = alert.toQuery();

        assertThat(query.services()).containsExactly("checkout");
        assertThat(query.rootCauseKindHint()).isEqualTo("deploy");
        assertThat(query.errorPattern()).isEqualTo("Connection is not available, request timed out");
        assertThat(query.serviceFilter()).isNull();
    }
}
