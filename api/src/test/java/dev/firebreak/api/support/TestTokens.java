package dev.firebreak.api.support;

import dev.firebreak.api.security.ApiTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Machine tokens every integration test's application accepts, one per role. */
public final class TestTokens {
  public static final String ADMIN = "fb_test-admin-0123456789abcdefghijklmnopqrstuvwxyz";
  public static final String RESPONDER = "fb_test-responder-0123456789abcdefghijklmnopqrstuv";
  public static final String VIEWER = "fb_test-viewer-0123456789abcdefghijklmnopqrstuvwxyz";

  private TestTokens() {}

  /** Configures the three tokens, as an operator would: names, roles and SHA-256 digests only. */
  public static void register(DynamicPropertyRegistry registry) {
    String[][] tokens = {{"test-admin", "admin", ADMIN}, {"test-responder", "responder", RESPONDER},
        {"test-viewer", "viewer", VIEWER}};
    for (int i = 0; i < tokens.length; i++) {
      String[] t = tokens[i];
      registry.add("firebreak.security.tokens[" + i + "].name", () -> t[0]);
      registry.add("firebreak.security.tokens[" + i + "].role", () -> t[1]);
      registry.add("firebreak.security.tokens[" + i + "].sha256", () -> ApiTokens.sha256(t[2]));
    }
  }
}
