package dev.firebreak.api.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.slackbot.testing.FakeSlackWebApi;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * An image shared in the incident's Slack thread becomes screenshot evidence: Slack's Events API
 * delivers the message (subtype file_share), Firebreak downloads {@code url_private} with the bot
 * token from the (fake) Slack file host and stores it like an upload.
 */
class SlackScreenshotsIT extends SlackITSupport {

  static byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 200);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    g.drawString("Basket errors 503", 20, 110);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** The Events API envelope around a message with one file, as Slack sends it. */
  static String fileShare(String eventId, String channel, String threadTs, String user, String fileId, String name,
      int size, String urlPrivate) {
    return """
        {"token": "verification-token-unused", "team_id": "T0FIRE", "api_app_id": "A0FIRE", "type": "event_callback",
         "event_id": "%s", "event_time": %d, "authorizations": [{"team_id": "T0FIRE", "user_id": "U0BOT", "is_bot": true}],
         "event": {"type": "message", "subtype": "file_share", "channel": "%s", "channel_type": "channel",
           "user": "%s", "text": "this is what I see", "ts": "%d.000200", "thread_ts": "%s", "upload": false,
           "files": [{"id": "%s", "name": "%s", "title": "%s", "mimetype": "image/png", "filetype": "png",
             "size": %d, "url_private": "%s", "url_private_download": "%s"}]}}
        """.formatted(eventId, Instant.now().getEpochSecond(), channel, user, Instant.now().getEpochSecond(), threadTs,
        fileId, name, name, size, urlPrivate, urlPrivate);
  }

  private Http.Response sendEvent(String event) {
    // Bolt reads the body line by line: a trailing newline would not be part of what it verifies
    String json = event.strip();
    long ts = Instant.now().getEpochSecond();
    return http().post(SlackRequests.PATH, json, "application/json", "X-Slack-Request-Timestamp", String.valueOf(ts),
        "X-Slack-Signature", SlackRequests.sign(SECRET, ts, json));
  }

  @Test
  void anImageSharedInTheIncidentsThreadBecomesScreenshotEvidence() throws Exception {
    Http http = http();
    slack.userName(ALICE, "alice");
    String id = Incidents.afterBadDeploy(http, "basket-shots");
    card(id);
    String cardTs = storedCard(id, "message_ts");
    String channel = storedCard(id, "channel_id");
    byte[] image = png();
    String url = slack.file("F0SHOT1", "basket.png", "image/png", image, TOKEN);

    Http.Response r = sendEvent(fileShare("Ev0SHOT1", channel, cardTs, ALICE, "F0SHOT1", "basket.png", image.length, url));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    FakeSlackWebApi.Call download = slack.await("files", c -> c.body().contains("F0SHOT1"));
    assertThat(download.headers().get("Authorization")).containsExactly("Bearer " + TOKEN);
    String evidenceId = http.await("/api/v1/incidents/" + id, j -> j.get("timeline").findValuesAsText("text").stream()
        .anyMatch(t -> t.startsWith("Screenshot attached as evidence ev-screenshot-")))
        .get("timeline").findValuesAsText("text").stream()
        .filter(t -> t.startsWith("Screenshot attached as evidence ")).findFirst().orElseThrow()
        .replaceAll(".*(ev-screenshot-[0-9a-f]{12}).*", "$1");
    List<String> rows = jdbc.queryForList("select uploaded_by from screenshots where incident_id = ? and evidence_id = ?",
        String.class, id, evidenceId);
    assertThat(rows).containsExactly("alice");
    var evidence = http.get("/api/v1/incidents/" + id + "/evidence/" + evidenceId).json();
    assertThat(evidence.get("summary").asText()).startsWith("Screenshot basket.png shared in slack by alice");
    assertThat(evidence.get("source").asText()).isEqualTo("slack");
    assertThat(evidence.get("kind").asText()).isEqualTo("SCREENSHOT");
  }

  @Test
  void imagesOutsideIncidentThreadsAreIgnoredAndOtherMessagesAreAcknowledged() throws Exception {
    byte[] image = png();
    String url = slack.file("F0SHOT2", "random.png", "image/png", image, TOKEN);
    int before = count("screenshots");

    Http.Response elsewhere = sendEvent(fileShare("Ev0SHOT2", "CRANDOM", "1.000100", ALICE, "F0SHOT2", "random.png",
        image.length, url));
    String plain = """
        {"token": "unused", "team_id": "T0FIRE", "api_app_id": "A0FIRE", "type": "event_callback", "event_id": "Ev0PLAIN",
         "event_time": %d, "event": {"type": "message", "channel": "CINCIDENTS", "user": "U0ALICE", "text": "hello",
         "ts": "%d.000300"}}""".formatted(Instant.now().getEpochSecond(), Instant.now().getEpochSecond());
    Http.Response message = sendEvent(plain);

    assertThat(elsewhere.status()).isEqualTo(200);
    assertThat(message.status()).isEqualTo(200);
    Thread.sleep(1000);
    assertThat(slack.calls("files")).noneMatch(c -> c.body().contains("F0SHOT2"));
    assertThat(count("screenshots")).isEqualTo(before);
  }
}
