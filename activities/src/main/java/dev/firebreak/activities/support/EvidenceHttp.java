package dev.firebreak.activities.support;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The HTTP set-up evidence sources share: a configured base URL checked once, and a client whose
 * every phase is bounded by the source's timeout and that never silently retries — the gatherer
 * decides what a slow or failing source means.
 */
public final class EvidenceHttp {
  private EvidenceHttp() {}

  /** Parses a configured base URL; a bad one is a configuration error naming the value. */
  public static HttpUrl baseUrl(String configured) {
    HttpUrl url = configured == null ? null : HttpUrl.parse(configured);
    if (url == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + configured);
    }
    return url;
  }

  public static OkHttpClient client(Duration timeout) {
    return new OkHttpClient.Builder()
        .callTimeout(timeout)
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .retryOnConnectionFailure(false)
        .build();
  }
}
