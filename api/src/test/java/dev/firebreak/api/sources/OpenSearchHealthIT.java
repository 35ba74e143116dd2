package dev.firebreak.api.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.FirebreakIT;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With OpenSearch configured, readiness reports its health beside the database and Temporal. */
class OpenSearchHealthIT extends FirebreakIT {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    registry.add("firebreak.evidence.opensearch.url", RealServers::openSearchUrl);
  }

  @Test
  void readinessIncludesOpenSearch() {
    var readiness = http().get("/actuator/health/readiness").json();

    assertThat(readiness.at("/components/opensearch/status").asText()).isEqualTo("UP");
    assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(readiness.at("/components/temporal/status").asText()).isEqualTo("UP");
  }
}
