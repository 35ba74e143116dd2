package dev.firebreak.activities.notification.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Who is on call for an escalation policy, from the PagerDuty REST API ({@code GET /oncalls}),
 * following {@code more}/{@code offset} pagination. The API token is sent, never logged.
 */
public class PagerDutyOnCalls {
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 20;

  private final OkHttpClient http;
  private final HttpUrl oncalls;
  private final String token;

  public PagerDutyOnCalls(String apiUrl, String token, Duration timeout) {
    HttpUrl base = HttpUrl.parse(apiUrl);
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + apiUrl);
    }
    this.oncalls = base.newBuilder().addPathSegment("oncalls").build();
    this.token = token;
    this.http = new OkHttpClient.Builder().callTimeout(timeout).build();
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
      HttpUrl url = oncalls.newBuilder()
          .addQueryParameter("escalation_policy_ids[]", escalationPolicyId)
          .addQueryParameter("limit", String.valueOf(PAGE))
          .addQueryParameter("offset", String.valueOf(offset))
          .build();
      Request request = new Request.Builder().url(url)
          .header("Authorization", "Token token=" + token)
          .header("Accept", "application/vnd.pagerduty+json;version=2")
          .build();
      JsonNode root;
      try (Response r = http.newCall(request).execute()) {
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
