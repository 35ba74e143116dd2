package dev.firebreak.slackbot.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Downloads a file shared in Slack from its {@code url_private}, which needs the bot token
 * ({@code files:read}). The token goes only to Slack's file hosts (or the configured API host, for
 * a local fake): a URL pointing elsewhere is refused, so a crafted event cannot make Firebreak hand
 * its token to a stranger. Reading stops one byte past the limit.
 */
public class SlackFiles {
  private final OkHttpClient http;
  private final String botToken;
  private final String apiHost;
  private final long maxBytes;

  /** A file that could not or must not be downloaded; the message says why, never the token. */
  public static class NotDownloaded extends Exception {
    public NotDownloaded(String message) {
      super(message);
    }
  }

  /**
   * @param apiUrl the Web API base ({@code firebreak.slack.api-url}); its host is trusted too
   * @param maxBytes larger files are refused
   */
  public SlackFiles(String botToken, String apiUrl, long maxBytes, Duration timeout) {
    this.http = new OkHttpClient.Builder().callTimeout(timeout).followRedirects(false).build();
    this.botToken = botToken;
    HttpUrl api = HttpUrl.parse(apiUrl);
    this.apiHost = api == null ? "" : api.host();
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  static boolean trustedHost(String host, String apiHost) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("files.slack.com") || h.endsWith(".slack.com") || h.equals("slack-files.com")
        || h.endsWith(".slack-edge.com") || h.equals(apiHost);
  }

  public byte[] download(String urlPrivate) throws NotDownloaded {
    HttpUrl url = urlPrivate == null ? null : HttpUrl.parse(urlPrivate);
    if (url == null) {
      throw new NotDownloaded("no url_private");
    }
    if (!trustedHost(url.host(), apiHost)) {
      throw new NotDownloaded("url_private points at " + url.host() + ", not at Slack");
    }
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + botToken).build();
    try (Response r = http.newCall(request).execute()) {
      if (!r.isSuccessful()) {
        throw new NotDownloaded("Slack answered HTTP " + r.code());
      }
      String type = r.header("Content-Type", "");
      if (type.startsWith("text/html")) {
        // Slack answers a login page, not the file, when the token lacks files:read
        throw new NotDownloaded("Slack sent a web page instead of the file (does the app have files:read?)");
      }
      try (InputStream in = r.body().byteStream()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new NotDownloaded("the file is larger than " + maxBytes + " bytes");
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new NotDownloaded("download failed (" + e.getClass().getSimpleName() + ")");
    }
  }
}
