package dev.firebreak.api.web;

import dev.firebreak.api.config.FirebreakProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/** Checks the shared-secret bearer token of alert webhooks, in constant time. */
@Component
public class WebhookToken {
  private final byte[] expected;

  public WebhookToken(FirebreakProperties props) {
    String token = props.ingest().webhookToken();
    this.expected = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  public void check(String authorization) {
    if (expected == null) {
      return;
    }
    String prefix = "Bearer ";
    if (authorization == null || !authorization.startsWith(prefix)) {
      throw ApiException.unauthorized("missing bearer token");
    }
    byte[] given = authorization.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      throw ApiException.unauthorized("wrong bearer token");
    }
  }
}
