package dev.firebreak.activities.notification.pagerduty;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** PagerDuty's REST API v2: its base URL, the token sent (never logged), and the version header. */
final class PagerDutyRestApi {
  final OkHttpClient http;
  private final HttpUrl base;
  private final String token;

  PagerDutyRestApi(String apiUrl, String token, Duration timeout) {
    HttpUrl parsed = HttpUrl.parse(apiUrl);
    if (parsed == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + apiUrl);
    }
    this.base = parsed;
    this.token = token;
    this.http = new OkHttpClient.Builder().callTimeout(timeout).build();
  }

  HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url;
  }

  Request.Builder request(HttpUrl url) {
    return new Request.Builder().url(url)
        .header("Authorization", "Token token=" + token)
        .header("Accept", "application/vnd.pagerduty+json;version=2");
  }
}
