package dev.firebreak.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Plain HTTP calls to the running application, as a client would make them. */
public final class Http {
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  /** Calls as the test admin (see {@link TestTokens}). */
  public Http(int port) {
    this(port, TestTokens.ADMIN);
  }

  /** Calls with this bearer token; null sends none. */
  public Http(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
  }

  /** A person's own token, issued by this (admin) caller; names must be unique per application. */
  public Http person(String name, String role) {
    Response issued = post("/api/v1/admin/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
    if (issued.status() != 201) {
      throw new AssertionError("could not issue a token for " + name + ": " + issued.status() + " " + issued.body());
    }
    return as(issued.json().get("token").asText());
  }

  /** The same server, another caller. */
  public Http as(String otherToken) {
    return new Http(java.net.URI.create(base).getPort(), otherToken);
  }

  public record Response(int status, String body, HttpResponse<String> raw, Http http) {
    /** The incident a webhook delivery reached, waiting for it when the delivery was queued. */
    public String incidentId() {
      return http.incidentId(this);
    }

    public JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  public Response get(String path, String... headers) {
    return send(withHeaders(request(path).GET(), headers));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** Name/value pairs as request headers. */
  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  public Response post(String path, String json) {
    return post(path, json, "application/json");
  }

  public Response post(String path, String body, String contentType, String... headers) {
    return send(withHeaders(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), headers));
  }

  /** A request to a path of this server, to finish and {@link #send}. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  public Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Sends as this caller (its bearer token unless the request names one). */
  public Response send(HttpRequest.Builder request) {
    if (token != null && !request.build().headers().firstValue("Authorization").isPresent()) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r, this);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Polls GET path until the JSON satisfies the condition (readiness poll, bounded). */
  public JsonNode await(String path, Predicate<JsonNode> condition) {
    return await(path, condition, Duration.ofSeconds(30));
  }

  /** Polls GET path until the JSON satisfies the condition, for at most {@code within}. */
  public JsonNode await(String path, Predicate<JsonNode> condition, Duration within) {
    long deadline = System.currentTimeMillis() + within.toMillis();
    Response last = null;
    while (System.currentTimeMillis() < deadline) {
      last = get(path);
      if (last.status() == 200 && condition.test(last.json())) {
        return last.json();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("condition not met on " + path + "; last answer " + (last == null ? "none"
        : last.status() + " " + last.body()));
  }

  /** The incident a webhook delivery reached, waiting for it when the delivery was queued. */
  public String incidentId(Response accepted) {
    JsonNode body = accepted.json();
    if (body.hasNonNull("incidentId")) {
      return body.get("incidentId").asText();
    }
    String workflowId = body.get("workflowId").asText();
    JsonNode page = await("/api/v1/incidents?workflowId=" + workflowId + "&size=1", j -> j.get("items").size() > 0);
    return page.get("items").get(0).get("id").asText();
  }

  public static Predicate<JsonNode> status(String s) {
    return j -> s.equals(j.path("incident").path("status").asText());
  }
}
