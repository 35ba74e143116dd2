package dev.firebreak.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client of Firebreak's REST API, as any script would use it. */
public final class ApiClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  /** A client calling {@code base} with {@code token} as its bearer token. */
  public ApiClient(String base, String token) {
    this.base = base;
    this.token = token;
  }

  public JsonNode get(String path) {
    return send(request(path).GET(), 200);
  }

  public JsonNode post(String path, Object body) {
    String json = body instanceof String s ? s : Json.write(body);
    return send(request(path)
        .header("Content-Type", "application/json")
        .header("X-Firebreak-Actor", "demo")
        .POST(HttpRequest.BodyPublishers.ofString(json)), -1);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private JsonNode send(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
      if (!ok) {
        throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
            + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach Firebreak at " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
