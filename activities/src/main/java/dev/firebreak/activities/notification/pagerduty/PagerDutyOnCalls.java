package dev.firebreak.activities.notification.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Who is on call for an escalation policy, from the PagerDuty REST API ({@code GET /oncalls}),
 * following {@code more}/{@code offset} pagination. The API token is sent, never logged.
 */
public class PagerDutyOnCalls {
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 20;

  private final PagerDutyRestApi api;

  public PagerDutyOnCalls(String apiUrl, String token, Duration timeout) {
    this.api = new PagerDutyRestApi(apiUrl, token, timeout);
  }

  /** One person on call at one level of the policy. */
  public record OnCall(String user, String userId, int level, String schedule, String start, String end) {}

  public static class PagerDutyApiException extends IOException {
    public final int status;

    public PagerDutyApiException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  public List<OnCall> forEscalationPolicy(String escalationPolicyId) throws IOException {
    List<OnCall> out = new ArrayList<>();
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl url = api.url("oncalls")
          .addQueryParameter("escalation_policy_ids[]", escalationPolicyId)
          .addQueryParameter("limit", String.valueOf(PAGE))
          .addQueryParameter("offset", String.valueOf(offset))
          .build();
      Request request = api.request(url).build();
      JsonNode root;
      try (Response r = api.http.newCall(request).execute()) {
        String body = r.body() == null ? "" : r.body().string();
        if (!r.isSuccessful()) {
          throw new PagerDutyApiException(r.code(), "PagerDuty answered " + r.code() + " for on-calls of "
              + escalationPolicyId + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
        root = Json.MAPPER.readTree(body);
      }
      for (JsonNode o : root.path("oncalls")) {
        out.add(new OnCall(o.path("user").path("summary").asText(), o.path("user").path("id").asText(),
            o.path("escalation_level").asInt(), o.path("schedule").isObject()
                ? o.path("schedule").path("summary").asText() : null,
            o.path("start").isTextual() ? o.path("start").asText() : null,
            o.path("end").isTextual() ? o.path("end").asText() : null));
      }
      if (!root.path("more").asBoolean(false)) {
        break;
      }
      offset += root.path("oncalls").size();
    }
    out.sort(Comparator.comparingInt(OnCall::level).thenComparing(OnCall::user));
    return out;
  }
}
