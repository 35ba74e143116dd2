package dev.firebreak.api.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a third-party API that records every request (path, headers, body) and answers
 * each path prefix as configured — by default 401 with a body, the refusal clients must handle
 * without echoing what they sent.
 */
public final class RecordingUpstream implements AutoCloseable {
  public record Request(String method, String path, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** {@code answers}: path prefix → {status, JSON body}; unmatched paths get 401. */
  public RecordingUpstream(Map<String, Object[]> answers) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      Object[] answer = answers.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst()
          .orElse(new Object[] {401, "{\"message\":\"Bad credentials\"}"});
      byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders((Integer) answer[0], body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Request> requests() {
    return requests;
  }

  /** Everything the upstream received, headers and bodies, as one text to search. */
  public String everythingReceived() {
    StringBuilder all = new StringBuilder();
    requests.forEach(r -> all.append(r.path()).append(' ').append(r.headers()).append(' ').append(r.body()).append('\n'));
    return all.toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
