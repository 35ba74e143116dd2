package dev.firebreak.activities.notification.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.notification.pagerduty.PagerDutyOnCalls.OnCall;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a stand-in REST API answering with the documented {@code GET /oncalls} body. */
class PagerDutyOnCallsTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String oncall(String user, String userId, int level) {
    return """
        {"escalation_policy":{"id":"PT20YPA","type":"escalation_policy_reference","summary":"Engineering Escalation Policy",
           "self":"https://api.pagerduty.com/escalation_policies/PT20YPA","html_url":"https://subdomain.pagerduty.com/escalation_policies/PT20YPA"},
         "escalation_level":%d,
         "schedule":{"id":"PI7DH85","type":"schedule_reference","summary":"Daily Engineering Rotation",
           "self":"https://api.pagerduty.com/schedules/PI7DH85","html_url":"https://subdomain.pagerduty.com/schedules/PI7DH85"},
         "user":{"id":"%s","type":"user_reference","summary":"%s",
           "self":"https://api.pagerduty.com/users/%s","html_url":"https://subdomain.pagerduty.com/users/%s"},
         "start":"2015-03-06T15:28:51-05:00","end":"2015-03-07T15:28:51-05:00"}
        """.formatted(level, userId, user, userId, userId);
  }

  @Test
  void listsWhoIsOnCallByLevelAcrossPages() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"oncalls\":[" + oncall("Tim Wright", "PT23IWX", 2)
        + "],\"limit\":1,\"offset\":0,\"more\":true,\"total\":null}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"oncalls\":[" + oncall("Ana Lopez", "PQ1AB2C", 1)
        + "],\"limit\":1,\"offset\":1,\"more\":false,\"total\":null}").build());
    PagerDutyOnCalls client = new PagerDutyOnCalls(server.url("/").toString(), "y_NbAkKc66ryYTWUXYEu",
        Duration.ofSeconds(5));

    List<OnCall> oncalls = client.forEscalationPolicy("PT20YPA");

    assertThat(oncalls).extracting(OnCall::user, OnCall::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Lopez", 1),
            org.assertj.core.groups.Tuple.tuple("Tim Wright", 2));
    assertThat(oncalls.get(0).schedule()).isEqualTo("Daily Engineering Rotation");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Token token=y_NbAkKc66ryYTWUXYEu");
    assertThat(first.getUrl().queryParameter("escalation_policy_ids[]")).isEqualTo("PT20YPA");
    assertThat(server.takeRequest().getUrl().queryParameter("offset")).isEqualTo("1");
  }

  @Test
  void aRefusedTokenIsAnErrorThatDoesNotRepeatTheToken() {
    server.enqueue(new MockResponse.Builder().code(401).body(
        "{\"error\":{\"message\":\"Unauthorized\",\"code\":2006}}").build());
    PagerDutyOnCalls client = new PagerDutyOnCalls(server.url("/").toString(), "secret-token", Duration.ofSeconds(5));

    assertThatThrownBy(() -> client.forEscalationPolicy("PT20YPA"))
        .hasMessageContaining("401").hasMessageNotContaining("secret-token");
  }
}
