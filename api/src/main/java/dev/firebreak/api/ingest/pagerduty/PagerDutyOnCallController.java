package dev.firebreak.api.ingest.pagerduty;

import dev.firebreak.activities.notification.pagerduty.PagerDutyOnCalls;
import dev.firebreak.activities.notification.pagerduty.PagerDutyOnCalls.OnCall;
import dev.firebreak.activities.notification.pagerduty.PagerDutyOnCalls.PagerDutyApiException;
import dev.firebreak.api.sources.PagerDutyProperties;
import dev.firebreak.api.web.ApiException;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is on call for a PagerDuty escalation policy; present when an API token is configured. */
@RestController
@ConditionalOnExpression("!'${firebreak.pagerduty.api-token:}'.isBlank()")
class PagerDutyOnCallController {
  private final PagerDutyOnCalls onCalls;

  PagerDutyOnCallController(PagerDutyProperties props) {
    this.onCalls = new PagerDutyOnCalls(props.apiUrl(), props.apiToken(), props.timeout());
  }

  record OnCallView(String escalationPolicyId, List<OnCall> oncalls) {}

  @GetMapping("/api/v1/pagerduty/oncalls")
  OnCallView onCall(@RequestParam(required = false) String escalationPolicyId) {
    if (escalationPolicyId == null || !escalationPolicyId.matches("[A-Z0-9]{1,32}")) {
      throw ApiException.badField("escalationPolicyId", "must be a PagerDuty id such as PUS0KTE");
    }
    try {
      return new OnCallView(escalationPolicyId, onCalls.forEscalationPolicy(escalationPolicyId));
    } catch (PagerDutyApiException e) {
      if (e.status == 404) {
        throw ApiException.notFound("escalation policy", escalationPolicyId);
      }
      throw ApiException.unavailable(e.getMessage());
    } catch (IOException e) {
      throw ApiException.unavailable("PagerDuty unreachable: " + e.getMessage());
    }
  }
}
