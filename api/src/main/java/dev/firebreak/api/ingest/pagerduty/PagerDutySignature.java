package dev.firebreak.api.ingest.pagerduty;

import dev.firebreak.api.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-PagerDuty-Signature}: {@code v1=} + hex HMAC-SHA256 of the raw body with the
 * subscription's secret. While a secret is being rotated PagerDuty sends several comma-separated
 * signatures; any one matching is enough. Compared in constant time.
 */
public final class PagerDutySignature {
  private final byte[] secret;

  public PagerDutySignature(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  public void check(String header, byte[] body) {
    if (header == null || header.isBlank()) {
      throw ApiException.unauthorized("missing X-PagerDuty-Signature");
    }
    byte[] expected = ("v1=" + sign(secret, body)).getBytes(StandardCharsets.US_ASCII);
    for (String candidate : header.split(",")) {
      if (MessageDigest.isEqual(expected, candidate.trim().getBytes(StandardCharsets.US_ASCII))) {
        return;
      }
    }
    throw ApiException.unauthorized("X-PagerDuty-Signature does not match the body");
  }

  public static String sign(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
