package dev.firebreak.activities.notification.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.activities.evidence.EvidenceQuery;
import dev.firebreak.analysis.evidence.Evidence;
import dev.firebreak.analysis.evidence.EvidenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OnCallEvidenceSourceTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:09:00Z");
  private final MockWebServer server = new MockWebServer();
  private OnCallEvidenceSource source;

  @BeforeEach
  void start() throws Exception {
    server.start();
    source = new OnCallEvidenceSource(new PagerDutyOnCalls(server.url("/").toString(), "t", Duration.ofSeconds(5)),
        Map.of("checkout", "PCHECK1"), "PDEFAULT");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static EvidenceQuery query(String service, Map<String, String> labels) {
    return new EvidenceQuery("inc-1", service, AT, AT.minusSeconds(3600), AT.plusSeconds(300), labels);
  }

  @Test
  void namesWhoIsOnCallForTheServicesPolicyByLevel() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"oncalls\":[" + PagerDutyOnCallsTest.oncall("Tim Wright", "PT23IWX", 2)
        + "," + PagerDutyOnCallsTest.oncall("Ana Lopez", "PQ1AB2C", 1) + "],\"more\":false}").build());

    List<Evidence> evidence = source.collect(query("checkout", Map.of()));

    assertThat(evidence).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.ONCALL);
      assertThat(e.summary()).isEqualTo("On call for escalation policy PCHECK1: "
          + "L1 Ana Lopez (Daily Engineering Rotation), L2 Tim Wright (Daily Engineering Rotation)");
      assertThat(e.query()).contains("PCHECK1");
    });
    assertThat(server.takeRequest().getUrl().queryParameter("escalation_policy_ids[]")).isEqualTo("PCHECK1");
  }

  @Test
  void theAlertsLabelWinsAndOtherServicesUseTheDefault() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"oncalls\":[],\"more\":false}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"oncalls\":[],\"more\":false}").build());

    assertThat(source.collect(query("checkout", Map.of("pagerduty_escalation_policy", "PLABEL9"))).get(0).summary())
        .isEqualTo("On call for escalation policy PLABEL9: nobody is on call");
    source.collect(query("ledger", Map.of()));

    assertThat(server.takeRequest().getUrl().queryParameter("escalation_policy_ids[]")).isEqualTo("PLABEL9");
    assertThat(server.takeRequest().getUrl().queryParameter("escalation_policy_ids[]")).isEqualTo("PDEFAULT");
  }

  @Test
  void withoutAPolicyThereIsNothingToAsk() throws Exception {
    OnCallEvidenceSource unconfigured = new OnCallEvidenceSource(
        new PagerDutyOnCalls(server.url("/").toString(), "t", Duration.ofSeconds(5)), Map.of(), "");
    assertThat(unconfigured.collect(query("checkout", Map.of()))).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }
}
