package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Adds a note to a PagerDuty incident ({@code POST /incidents/{id}/notes}). PagerDuty requires the
 * {@code From} header: the email of a PagerDuty user the note is attributed to. The token is sent,
 * never logged.
 */
public class PagerDutyIncidentNotes {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String token;
  private final String from;

  public PagerDutyIncidentNotes(String apiUrl, String token, String fromEmail, Duration timeout) {
    HttpUrl parsed = HttpUrl.parse(apiUrl);
    if (parsed == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + apiUrl);
    }
    this.base = parsed;
    this.token = token;
    this.from = fromEmail;
    this.http = new OkHttpClient.Builder().callTimeout(timeout).build();
  }

  public void add(String incidentId, String content) throws IOException {
    HttpUrl url = base.newBuilder().addPathSegment("incidents").addPathSegment(incidentId).addPathSegment("notes")
        .build();
    String body = Json.write(Map.of("note", Map.of("content", content.length() > 25_000
        ? content.substring(0, 25_000) : content)));
    Request request = new Request.Builder().url(url)
        .header("Authorization", "Token token=" + token)
        .header("Accept", "application/vnd.pagerduty+json;version=2")
        .header("From", from)
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response r = http.newCall(request).execute()) {
      if (!r.isSuccessful()) {
        throw new PagerDutyOnCalls.PagerDutyApiException(r.code(), "PagerDuty answered " + r.code()
            + " adding a note to incident " + incidentId);
      }
    }
  }
}
