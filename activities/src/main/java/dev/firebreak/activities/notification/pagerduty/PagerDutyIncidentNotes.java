package dev.firebreak.activities.notification.pagerduty;

import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
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

  private final PagerDutyRestApi api;
  private final String from;

  public PagerDutyIncidentNotes(String apiUrl, String token, String fromEmail, Duration timeout) {
    this.api = new PagerDutyRestApi(apiUrl, token, timeout);
    this.from = fromEmail;
  }

  public void add(String incidentId, String content) throws IOException {
    HttpUrl url = api.url("incidents", incidentId, "notes").build();
    String body = Json.write(Map.of("note", Map.of("content", content.length() > 25_000
        ? content.substring(0, 25_000) : content)));
    Request request = api.request(url)
        .header("From", from)
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response r = api.http.newCall(request).execute()) {
      if (!r.isSuccessful()) {
        throw new PagerDutyOnCalls.PagerDutyApiException(r.code(), "PagerDuty answered " + r.code()
            + " adding a note to incident " + incidentId);
      }
    }
  }
}
