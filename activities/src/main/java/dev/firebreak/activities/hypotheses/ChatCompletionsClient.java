package dev.firebreak.activities.hypotheses;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import dev.firebreak.activities.support.RetryAfter;
import dev.firebreak.activities.support.Sha256;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code POST {baseUrl}/chat/completions} in the OpenAI wire format, which the Hugging Face router,
 * vLLM, Ollama and LM Studio all speak. 429, 5xx, timeouts and connection errors are retried with
 * exponential backoff (at least what {@code Retry-After} asks) within the attempt limit, the
 * overall deadline and the incident's budget; other 4xx are not retried. Every attempt is reported
 * to {@link Attempts} for the audit. The API key travels only in the Authorization header.
 */
public class ChatCompletionsClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Pattern DATA_URI = Pattern.compile("data:(image/[a-z+.-]+);base64,([A-Za-z0-9+/=]+)");
  /** What an image is assumed to cost before the server says: Qwen2.5-VL spends ~1,300 on a 1280×720 shot. */
  static final int IMAGE_TOKENS = 1500;

  private final ModelSettings settings;
  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final Sleeper sleeper;

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** Sees every attempt: whether one may be made (budget), and how it went. */
  public interface Attempts {
    boolean allowed(int estimatedTokens);

    void recorded(String outcome, int tokensIn, int tokensOut, long latencyMs, String requestBody,
        String response);
  }

  /** A message; {@code content} is text, or a list of parts for vision requests. */
  public record Message(String role, Object content) {}

  public record Reply(String content, int tokensIn, int tokensOut) {}

  public static class ModelUnavailable extends Exception {
    public ModelUnavailable(String message) {
      super(message);
    }
  }

  public ChatCompletionsClient(ModelSettings settings, Sleeper sleeper) {
    HttpUrl base = HttpUrl.parse(settings.baseUrl());
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + settings.baseUrl());
    }
    this.settings = settings;
    this.endpoint = base.newBuilder().addPathSegments("chat/completions").build();
    this.http = new OkHttpClient.Builder().callTimeout(settings.callTimeout()).build();
    this.sleeper = sleeper;
  }

  public String model() {
    return settings.model();
  }

  public Reply complete(List<Message> messages, Instant deadline, Attempts attempts)
      throws ModelUnavailable {
    String sent = Json.write(body(messages));
    // the audit keeps what was asked, not megabytes of image: each image becomes its size and hash
    String body = withoutImages(sent);
    int estimated = Prompt.estimateTokens(body) + images(sent) * IMAGE_TOKENS + settings.maxAnswerTokens();
    Duration backoff = settings.firstBackoff();
    String last = "no attempt made";
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Duration left = Duration.between(Instant.now(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new ModelUnavailable("deadline reached; last: " + last);
      }
      if (!attempts.allowed(estimated)) {
        throw new ModelUnavailable("the incident's model budget is used up");
      }
      Duration wait = backoff;
      long started = System.nanoTime();
      Duration timeout = left.compareTo(settings.callTimeout()) < 0 ? left : settings.callTimeout();
      try (Response r = http.newBuilder().callTimeout(timeout).build().newCall(request(sent)).execute()) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        String text = r.body() == null ? "" : r.body().string();
        if (r.isSuccessful()) {
          return reply(text, body, ms, attempts);
        }
        String outcome = r.code() == 429 ? "http_429" : r.code() >= 500 ? "http_5xx" : "http_4xx";
        last = r.code() + " " + excerpt(text);
        attempts.recorded(outcome, 0, 0, ms, body, last);
        if (outcome.equals("http_4xx")) {
          throw new ModelUnavailable("the model endpoint refused the request: " + last);
        }
        wait = RetryAfter.orBackoff(r.header("Retry-After"), backoff);
      } catch (InterruptedIOException e) {
        last = "timed out after " + timeout.toMillis() + " ms";
        attempts.recorded("timeout", 0, 0, (System.nanoTime() - started) / 1_000_000, body, last);
      } catch (IOException e) {
        last = e.getClass().getSimpleName() + ": " + e.getMessage();
        attempts.recorded("error", 0, 0, (System.nanoTime() - started) / 1_000_000, body, last);
      }
      if (attempt < settings.maxAttempts()) {
        pause(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
        backoff = backoff.multipliedBy(2);
      }
    }
    throw new ModelUnavailable("no answer after " + settings.maxAttempts() + " attempts; last: " + last);
  }

  private Map<String, Object> body(List<Message> messages) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("model", settings.model());
    b.put("messages", messages);
    b.put("temperature", 0);
    b.put("max_tokens", settings.maxAnswerTokens());
    b.put("stream", false);
    if (settings.jsonMode()) {
      b.put("response_format", Map.of("type", "json_object"));
    }
    return b;
  }

  private Request request(String body) {
    Request.Builder b = new Request.Builder().url(endpoint).post(RequestBody.create(body, JSON))
        .header("Accept", "application/json");
    if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
      b.header("Authorization", "Bearer " + settings.apiKey());
    }
    return b.build();
  }

  private static Reply reply(String text, String body, long ms, Attempts attempts) throws ModelUnavailable {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      attempts.recorded("error", 0, 0, ms, body, "unreadable response: " + excerpt(text));
      throw new ModelUnavailable("the endpoint answered something that is not a chat completion");
    }
    String content = root.path("choices").path(0).path("message").path("content").asText("");
    JsonNode usage = root.path("usage");
    int in = usage.path("prompt_tokens").asInt(Prompt.estimateTokens(body));
    int out = usage.path("completion_tokens").asInt(Prompt.estimateTokens(content));
    attempts.recorded("ok", in, out, ms, body, content);
    return new Reply(content, in, out);
  }

  private void pause(Duration d) throws ModelUnavailable {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelUnavailable("interrupted");
    }
  }

  /** The request body with every inline image replaced by its type, size and SHA-256 prefix. */
  static String withoutImages(String body) {
    Matcher m = DATA_URI.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      byte[] image = Base64.getDecoder().decode(m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement("data:" + m.group(1) + ";base64,<" + image.length
          + " bytes, sha256 " + Sha256.hex(image).substring(0, 12) + ">"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int images(String body) {
    return (int) DATA_URI.matcher(body).results().count();
  }

  private static String excerpt(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
