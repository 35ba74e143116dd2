package dev.firebreak.slackbot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for the Slack Web API ({@code /api/<method>}) and for response_urls
 * ({@code /response/<anything>}): answers like Slack does and records every call. Tests can make a
 * method rate limited ({@code 429} with {@code Retry-After}) or make the whole API unavailable.
 */
public final class FakeSlackWebApi implements AutoCloseable {
  private static final com.google.gson.Gson READABLE = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

  /** One recorded request: the Web API method (or "response_url"), its form fields or JSON body. */
  public record Call(String method, Map<String, String> form, String body, Map<String, List<String>> headers) {
    public String field(String name) {
      return form.get(name);
    }

    /**
     * A JSON field (blocks, view) as Slack reads it: the SDK writes {@code <} and {@code >} as
     * unicode escapes, which say the same thing but hide mentions from a plain match.
     */
    public String json(String name) {
      String raw = form.get(name);
      return raw == null ? null : READABLE.toJson(com.google.gson.JsonParser.parseString(raw));
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
  private final AtomicInteger ts = new AtomicInteger(1000);
  private final AtomicInteger channels = new AtomicInteger(1);
  private volatile int retryAfterSeconds = 1;
  private volatile boolean down;
  private volatile List<String> groupMembers = List.of();
  private final Map<String, String> failing = new ConcurrentHashMap<>();
  private final Map<String, String> userNames = new ConcurrentHashMap<>();

  public FakeSlackWebApi() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/api/", this::api);
    server.createContext("/response/", this::responseUrl);
    server.createContext("/files/", this::file);
    server.start();
  }

  /** The prefix for {@code SlackConfig.setMethodsEndpointUrlPrefix}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  public String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
  }

  /**
   * Serves {@code bytes} as a file shared in Slack would be; the download is recorded as a call
   * named "files" (with its headers), and answers only to the bearer {@code token}, as Slack does.
   *
   * @return the file's {@code url_private}
   */
  public String file(String id, String name, String contentType, byte[] bytes, String token) {
    files.put("/files/" + id + "/" + name, new SharedFile(contentType, bytes, token));
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + id + "/" + name;
  }

  private record SharedFile(String contentType, byte[] bytes, String token) {}

  private final Map<String, SharedFile> files = new ConcurrentHashMap<>();

  private void file(HttpExchange ex) throws IOException {
    calls.add(new Call("files", Map.of(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders())));
    SharedFile f = files.get(ex.getRequestURI().getPath());
    if (f == null || !("Bearer " + f.token()).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      // Slack answers a sign-in page to a request without a valid token
      ex.getResponseHeaders().add("Content-Type", "text/html");
      byte[] page = "<html>sign in</html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(page);
      }
      return;
    }
    ex.getResponseHeaders().add("Content-Type", f.contentType());
    ex.sendResponseHeaders(200, f.bytes().length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(f.bytes());
    }
  }

  public void rateLimit(String method, int times, int retryAfter) {
    rateLimited.put(method, new AtomicInteger(times));
    retryAfterSeconds = retryAfter;
  }

  public void down(boolean down) {
    this.down = down;
  }

  /** From now on {@code method} answers {@code {"ok":false,"error":error}}, as Slack does for a refused call. */
  public void failWith(String method, String error) {
    failing.put(method, error);
  }

  /** The name {@code users.info} gives for a user (users not named here are unknown to the fake). */
  public void userName(String userId, String name) {
    userNames.put(userId, name);
  }

  public void groupMembers(List<String> users) {
    groupMembers = List.copyOf(users);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public void reset() {
    calls.clear();
    rateLimited.clear();
    failing.clear();
    down = false;
  }

  /** Waits (bounded) until a recorded call matches. */
  public Call await(String method, Predicate<Call> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (Call c : calls(method)) {
        if (condition.test(c)) {
          return c;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no " + method + " call matched; calls: " + calls.stream().map(Call::method).toList());
  }

  private void api(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(new Call(method, form(body), body, Map.copyOf(ex.getRequestHeaders())));
    if (down) {
      send(ex, 503, "{\"ok\":false,\"error\":\"service_unavailable\"}", Map.of());
      return;
    }
    AtomicInteger limited = rateLimited.get(method);
    if (limited != null && limited.getAndDecrement() > 0) {
      send(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
      return;
    }
    String error = failing.get(method);
    if (error != null) {
      send(ex, 200, "{\"ok\":false,\"error\":\"" + error + "\"}", Map.of());
      return;
    }
    send(ex, 200, answer(method, form(body)), Map.of());
  }

  private String answer(String method, Map<String, String> form) {
    return switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"https://firebreak-test.slack.com/\",\"team\":\"Firebreak\","
          + "\"user\":\"firebreak\",\"team_id\":\"T0FIRE\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + channelId(form.get("channel")) + "\",\"ts\":\""
          + ts.incrementAndGet() + ".000100\",\"message\":{\"type\":\"message\",\"text\":\"\"}}";
      case "chat.update" -> "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + form.get("ts") + "\"}";
      case "conversations.create" -> "{\"ok\":true,\"channel\":{\"id\":\"CINC" + channels.getAndIncrement()
          + "\",\"name\":\"" + form.get("name") + "\",\"is_channel\":true}}";
      case "usergroups.users.list" -> "{\"ok\":true,\"users\":[" + String.join(",",
          groupMembers.stream().map(u -> "\"" + u + "\"").toList()) + "]}";
      case "users.info" -> userNames.containsKey(form.get("user"))
          ? "{\"ok\":true,\"user\":{\"id\":\"" + form.get("user") + "\",\"name\":\"" + userNames.get(form.get("user"))
              + "\",\"profile\":{\"display_name\":\"" + userNames.get(form.get("user")) + "\"}}}"
          : "{\"ok\":false,\"error\":\"user_not_found\"}";
      case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"VFAKE" + ts.incrementAndGet() + "\"}}";
      default -> "{\"ok\":true}";
    };
  }

  /** A channel given by name is answered with an id, as Slack does. */
  private static String channelId(String channel) {
    if (channel == null) {
      return "CUNKNOWN";
    }
    return channel.startsWith("#") ? "C" + channel.substring(1).toUpperCase().replaceAll("[^A-Z0-9]", "") : channel;
  }

  private void responseUrl(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(new Call("response_url", Map.of(), body, Map.copyOf(ex.getRequestHeaders())));
    send(ex, 200, "ok", Map.of());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.put(k, v);
    }
    return fields;
  }

  private static void send(HttpExchange ex, int status, String body, Map<String, String> headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
    headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Every call's recorded content, for "no secret ever left" assertions. */
  public String everythingSent() {
    List<String> all = new ArrayList<>();
    calls.forEach(c -> all.add(c.body()));
    return String.join("\n", all);
  }
}
