package dev.firebreak.activities.evidence.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.activities.support.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.firebreak.activities.support.EvidenceHttp;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests to the GitHub REST API with a token, following {@code Link: rel="next"} pages
 * (only on the API's own host, so the token never goes elsewhere). Rate limits, a bad token, a
 * repository the token cannot see and server errors are a {@link GitHubUnavailable} with the
 * reason in words.
 */
public class GitHubClient {
  private static final Logger log = LoggerFactory.getLogger(GitHubClient.class);
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String token;

  public GitHubClient(String apiUrl, String token, Duration timeout) {
    HttpUrl url = EvidenceHttp.baseUrl(apiUrl);
    this.base = url;
    this.token = token == null || token.isBlank() ? null : token;
    this.http = EvidenceHttp.client(timeout);
  }

  public static class GitHubUnavailable extends IOException {
    public GitHubUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A request URL under the API base: path segments, then query parameters as name, value pairs. */
  public HttpUrl url(String path, String... query) {
    HttpUrl.Builder b = base.newBuilder().addPathSegments(path);
    for (int i = 0; i + 1 < query.length; i += 2) {
      b.addQueryParameter(query[i], query[i + 1]);
    }
    return b.build();
  }

  /** The items of one page and whether GitHub linked a next one. */
  public record Page(List<JsonNode> items, HttpUrl next) {}

  /**
   * Items of every page until there is no next page, {@code maxPages} were read, or a page holds
   * an item for which {@code lastPageIf} is true (the pages are sorted newest first).
   */
  public List<JsonNode> list(HttpUrl first, int maxPages, Predicate<JsonNode> lastPageIf)
      throws GitHubUnavailable {
    List<JsonNode> out = new ArrayList<>();
    HttpUrl url = first;
    for (int page = 0; url != null && page < maxPages; page++) {
      Page p = page(url);
      out.addAll(p.items());
      if (p.items().stream().anyMatch(lastPageIf)) {
        break;
      }
      url = p.next();
    }
    return out;
  }

  public Page page(HttpUrl url) throws GitHubUnavailable {
    Request.Builder request = new Request.Builder().url(url)
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "firebreak");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw new GitHubUnavailable(refusal(response, text, url), null);
      }
      String remaining = response.header("X-RateLimit-Remaining");
      if (remaining != null && remaining.matches("\\d+") && Integer.parseInt(remaining) < 10) {
        log.warn("github: only {} requests left until {}", remaining,
            resetTime(response.header("X-RateLimit-Reset")));
      }
      JsonNode root = Json.MAPPER.readTree(text);
      List<JsonNode> items = new ArrayList<>();
      if (root != null && root.isArray()) {
        root.forEach(items::add);
      } else {
        throw new GitHubUnavailable("GitHub answered something that is not a list on "
            + url.encodedPath(), null);
      }
      return new Page(items, next(response.header("Link")));
    } catch (InterruptedIOException e) {
      throw new GitHubUnavailable("GitHub at " + base + " timed out", e);
    } catch (GitHubUnavailable e) {
      throw e;
    } catch (IOException e) {
      throw new GitHubUnavailable("GitHub at " + base + " unreachable: " + e, e);
    }
  }

  /** Why GitHub said no, in words; the token never appears in it. */
  static String refusal(Response response, String body, HttpUrl url) {
    int code = response.code();
    String message = message(body);
    String remaining = response.header("X-RateLimit-Remaining");
    String retryAfter = response.header("Retry-After");
    if ((code == 403 || code == 429) && "0".equals(remaining)) {
      return "GitHub rate limit exhausted (" + code + ", limit "
          + response.header("X-RateLimit-Limit", "?") + " per hour); it resets at "
          + resetTime(response.header("X-RateLimit-Reset"));
    }
    if ((code == 403 || code == 429) && retryAfter != null) {
      return "GitHub secondary rate limit (" + code + "): retry after " + retryAfter + " s";
    }
    if (code == 429) {
      return "GitHub rate limit (429): " + message;
    }
    return switch (code) {
      case 401 -> "GitHub rejected the token (401): " + message;
      case 403 -> "GitHub refused access to " + url.encodedPath() + " (403): " + message;
      case 404 -> "GitHub has no " + url.encodedPath()
          + " (404): the repository does not exist or the token cannot see it";
      default -> "GitHub answered " + code + " on " + url.encodedPath() + ": " + message;
    };
  }

  private static String resetTime(String epochSeconds) {
    if (epochSeconds == null || !epochSeconds.matches("\\d+")) {
      return "an unknown time";
    }
    return Instant.ofEpochSecond(Long.parseLong(epochSeconds)).toString();
  }

  private static String message(String body) {
    try {
      JsonNode root = Json.MAPPER.readTree(body);
      if (root != null && root.hasNonNull("message")) {
        return root.get("message").asText();
      }
    } catch (IOException notJson) {
      // fall through
    }
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private HttpUrl next(String link) {
    if (link == null) {
      return null;
    }
    Matcher m = NEXT.matcher(link);
    if (!m.find()) {
      return null;
    }
    HttpUrl next = HttpUrl.parse(m.group(1));
    if (next == null || !next.host().equals(base.host()) || next.port() != base.port()
        || !next.scheme().equals(base.scheme())) {
      log.warn("github: not following a next link to another host: {}", next == null ? "?" : next.host());
      return null;
    }
    return next;
  }
}
