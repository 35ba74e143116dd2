package dev.firebreak.api.slack;

import dev.firebreak.api.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests exactly as Slack sends them: form-encoded slash commands and {@code payload=}
 * interactions (field names and shapes from Slack's payload reference), signed with
 * {@code v0=hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body))}.
 */
public final class SlackRequests {
  static final String PATH = "/slack/events";
  static final String FORM = "application/x-www-form-urlencoded";

  private final Http http;
  private final String signingSecret;
  private final String responseUrlBase;

  public SlackRequests(Http http, String signingSecret, String responseUrlBase) {
    this.http = http;
    this.signingSecret = signingSecret;
    this.responseUrlBase = responseUrlBase;
  }

  static String triggerId() {
    return "13345224609.738474920." + UUID.randomUUID().toString().replace("-", "");
  }

  public String slashCommand(String userId, String userName, String channelId, String text) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
    f.put("team_id", "T0FIRE");
    f.put("team_domain", "firebreak-test");
    f.put("channel_id", channelId);
    f.put("channel_name", "incidents");
    f.put("user_id", userId);
    f.put("user_name", userName);
    f.put("command", "/incident");
    f.put("text", text);
    f.put("api_app_id", "A0FIREBREAK");
    f.put("is_enterprise_install", "false");
    f.put("response_url", responseUrlBase + "commands/" + UUID.randomUUID());
    f.put("trigger_id", triggerId());
    return form(f);
  }

  String buttonClick(String userId, String userName, String channelId, String messageTs, String actionId, String value) {
    String payload = """
        {"type":"block_actions","user":{"id":"%s","username":"%s","name":"%s","team_id":"T0FIRE"},
         "api_app_id":"A0FIREBREAK","token":"gIkuvaNzQIHg97ATvDxqgjtO",
         "container":{"type":"message","message_ts":"%s","channel_id":"%s","is_ephemeral":false},
         "trigger_id":"%s","team":{"id":"T0FIRE","domain":"firebreak-test"},"enterprise":null,"is_enterprise_install":false,
         "channel":{"id":"%s","name":"incidents"},
         "message":{"type":"message","user":"U0BOT","ts":"%s","bot_id":"B0BOT","text":"card","blocks":[]},
         "state":{"values":{}},"response_url":"%s",
         "actions":[{"action_id":"%s","block_id":"decide","text":{"type":"plain_text","text":"Approve","emoji":true},
           "value":"%s","style":"primary","type":"button","action_ts":"%d.000200"}]}
        """.formatted(userId, userName, userName, messageTs, channelId, triggerId(), channelId, messageTs,
        responseUrlBase + "actions/" + UUID.randomUUID(), actionId, value, Instant.now().getEpochSecond());
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  /** A submitted modal; {@code values} is the view's state.values JSON object. */
  String viewSubmission(String userId, String userName, String callbackId, String privateMetadata, String values) {
    String payload = """
        {"type":"view_submission","team":{"id":"T0FIRE","domain":"firebreak-test"},
         "user":{"id":"%s","username":"%s","name":"%s","team_id":"T0FIRE"},
         "api_app_id":"A0FIREBREAK","token":"gIkuvaNzQIHg97ATvDxqgjtO","trigger_id":"%s",
         "view":{"id":"V%s","team_id":"T0FIRE","type":"modal","blocks":[],"private_metadata":"%s",
           "callback_id":"%s","state":{"values":%s},"hash":"1664.cd33ad1f","title":{"type":"plain_text","text":"Resolve incident"},
           "clear_on_close":false,"notify_on_close":false,"close":null,"submit":{"type":"plain_text","text":"Resolve"},
           "previous_view_id":null,"root_view_id":"V0ROOT","app_id":"A0FIREBREAK","external_id":"","app_installed_team_id":"T0FIRE",
           "bot_id":"B0BOT"},
         "response_urls":[],"is_enterprise_install":false,"enterprise":null}
        """.formatted(userId, userName, userName, triggerId(), UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        privateMetadata, callbackId, values);
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  public Http.Response send(String body, String... extraHeaders) {
    long ts = Instant.now().getEpochSecond();
    return sendSigned(body, ts, sign(signingSecret, ts, body), extraHeaders);
  }

  public Http.Response sendSigned(String body, long ts, String signature, String... extraHeaders) {
    String[] headers = new String[4 + extraHeaders.length];
    headers[0] = "X-Slack-Request-Timestamp";
    headers[1] = String.valueOf(ts);
    headers[2] = "X-Slack-Signature";
    headers[3] = signature;
    System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
    return http.post(PATH, body, FORM, headers);
  }

  static String sign(String secret, long ts, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
