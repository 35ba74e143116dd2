package dev.firebreak.api.screenshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.api.support.TestTokens;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Screenshots as evidence: a dashboard rendered here with Java2D, read back by Tesseract. */
class ScreenshotIT extends FirebreakIT {
  static final long LIMIT = 300_000;

  @DynamicPropertySource
  static void ocr(DynamicPropertyRegistry registry) {
    registry.add("firebreak.ocr.max-image-bytes", () -> LIMIT);
  }

  static byte[] dashboard(String format) throws IOException {
    BufferedImage img = new BufferedImage(900, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 360);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.drawString("Checkout Latency Dashboard", 30, 80);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.drawString("p99 latency 2417 ms", 30, 170);
    g.drawString("error rate 12.5 percent", 30, 250);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** An error page as someone would capture it: a title and the error in large type. */
  static byte[] errorPage(String title, String error) throws IOException {
    BufferedImage img = new BufferedImage(1400, 260, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1400, 260);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.drawString(title, 30, 80);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.drawString(error, 30, 170);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private Http.Response upload(String incidentId, String contentType, byte[] bytes) {
    return upload(http(), incidentId, contentType, bytes);
  }

  /** A multipart upload as a browser or curl sends it, on behalf of alice. */
  static Http.Response upload(Http http, String incidentId, String contentType, byte[] bytes) {
    String boundary = "firebreak-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"actor\"\r\n\r\nalice\r\n")
        .getBytes(StandardCharsets.UTF_8));
    if (bytes != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
          + "filename=\"dashboard\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(bytes);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(http.request("/api/v1/incidents/" + incidentId + "/evidence/screenshots")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  static String incident(Http http, String service) {
    return http.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager("{}:{service=\"" + service + "\"}", "firing", service + "-fp", "firing", service))
        .incidentId(); // waits when the delivery was queued rather than answered at once
  }

  /** Skips locally without Tesseract; under CI its absence is a failure. */
  static void requireTesseract() {
    if (!tesseractInstalled()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("tesseract is not installed: run scripts/ocr.sh");
      }
      Assumptions.abort("tesseract not installed (scripts/ocr.sh installs it)");
    }
  }

  static boolean tesseractInstalled() {
    try {
      Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void aDashboardScreenshotBecomesEvidenceWithItsTextReadByOcr() throws Exception {
    requireTesseract();
    Http http = http();
    String id = incident(http, "ledger");
    http.await("/api/v1/incidents/" + id, j -> j.path("incident").path("triaged").asBoolean(true));

    Http.Response r = upload(id, "image/png", dashboard("png"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode stored = r.json();
    assertThat(stored.get("ocrText").asText()).contains("Checkout", "Dashboard", "2417", "12.5");
    String evidenceId = stored.get("evidenceId").asText();
    JsonNode evidence = http.get("/api/v1/incidents/" + id + "/evidence/" + evidenceId).json();
    assertThat(evidence.get("kind").asText()).isEqualTo("SCREENSHOT");
    assertThat(evidence.get("summary").asText()).contains("uploaded by test-admin for alice", "2417");
    http.await("/api/v1/incidents/" + id, j -> j.get("timeline").findValuesAsText("text").stream()
        .anyMatch(t -> t.contains(evidenceId)));

    Http.Response jpeg = upload(id, "image/jpeg", dashboard("jpg"));
    assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
    assertThat(jpeg.json().get("ocrText").asText()).contains("2417");
  }

  @Test
  void aScreenshotOfAnErrorTheLogsCarryIsAFindingAndTheIncidentIsReassessed() throws Exception {
    requireTesseract();
    Http http = http();
    String id = Incidents.afterBadDeploy(http, "basket");

    Http.Response r = upload(id, "image/png",
        errorPage("Basket API errors", "Timeout waiting for connection from pool after 30000ms"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String evidenceId = r.json().get("evidenceId").asText();
    JsonNode incident = http.await("/api/v1/incidents/" + id, j -> j.get("timeline").findValuesAsText("text")
        .stream().anyMatch(t -> t.startsWith("Reassessed with " + evidenceId)));
    JsonNode finding = null;
    for (JsonNode f : incident.get("findings")) {
      if (f.get("rule").asText().equals("screenshot-text")) {
        finding = f;
      }
    }
    assertThat(finding).as("a screenshot-text finding in %s", incident.get("findings")).isNotNull();
    assertThat(finding.get("title").asText()).contains("Timeout waiting for connection", "logs of basket carry too");
    assertThat(finding.get("evidenceIds").toString()).contains(evidenceId);
    assertThat(finding.get("evidenceIds").size()).isEqualTo(2); // the screenshot and the logs it matches
    // it supports the pool-saturation hypothesis the logs raised
    assertThat(incident.get("hypotheses").toString()).contains(evidenceId);
  }

  @Test
  void theStoredImageIsServedBackToViewersWithItsTypeAndNothingElse() throws Exception {
    Http http = http();
    String id = incident(http, "ledger-images");
    http.await("/api/v1/incidents/" + id, j -> true);
    byte[] png = dashboard("png");
    byte[] jpeg = dashboard("jpg");
    String pngId = upload(id, "image/png", png).json().get("evidenceId").asText();
    String jpegId = upload(id, "image/jpeg", jpeg).json().get("evidenceId").asText();
    String path = "/api/v1/incidents/" + id + "/evidence/" + pngId + "/image";

    HttpResponse<byte[]> r = image(path, TestTokens.VIEWER, null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(png);
    assertThat(r.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(image(path, TestTokens.VIEWER, etag).statusCode()).isEqualTo(304);

    HttpResponse<byte[]> j = image("/api/v1/incidents/" + id + "/evidence/" + jpegId + "/image", TestTokens.VIEWER, null);
    assertThat(j.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(j.body()).isEqualTo(jpeg);

    assertThat(image(path, null, null).statusCode()).isEqualTo(401);
    // Evidence that is not a screenshot, an unknown item, an unknown incident: 404 problem JSON.
    String alertEvidence = http.get("/api/v1/incidents/" + id).json().get("evidence").findValuesAsText("id").stream()
        .filter(e -> !e.startsWith("ev-screenshot-")).findFirst().orElse("ev-none");
    assertThat(image("/api/v1/incidents/" + id + "/evidence/" + alertEvidence + "/image", TestTokens.VIEWER, null)
        .statusCode()).isEqualTo(404);
    assertThat(image("/api/v1/incidents/inc-nope/evidence/" + pngId + "/image", TestTokens.VIEWER, null)
        .statusCode()).isEqualTo(404);
  }

  private HttpResponse<byte[]> image(String path, String token, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void wrongTypesOversizedAndMissingFilesAreRefusedAndNothingIsStored() throws Exception {
    Http http = http();
    String id = incident(http, "vault");
    http.await("/api/v1/incidents/" + id, j -> true);
    int before = count("screenshots");
    byte[] png = dashboard("png");

    Http.Response gif = upload(id, "image/gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
    assertThat(gif.status()).isEqualTo(415);
    assertThat(gif.json().get("detail").asText()).contains("image/gif", "image/png or image/jpeg");

    Http.Response lying = upload(id, "image/jpeg", png);
    assertThat(lying.status()).isEqualTo(415);
    assertThat(lying.json().get("detail").asText()).contains("not a JPEG image");

    byte[] big = Arrays.copyOf(png, (int) LIMIT + 1);
    Http.Response tooBig = upload(id, "image/png", big);
    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.json().get("detail").asText()).contains("limit is " + LIMIT);

    Http.Response missing = upload(id, "image/png", null);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("field").asText()).isEqualTo("file");

    assertThat(upload("inc-nope", "image/png", png).status()).isEqualTo(404);
    assertThat(count("screenshots")).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from evidence where incident_id = ? and kind = 'SCREENSHOT'",
        Integer.class, id)).isZero();
  }
}
