package dev.firebreak.api.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code firebreak.security.*}: who may call the REST API and the war room. Webhooks (Alertmanager,
 * PagerDuty, Slack) are not covered here: they check their own shared secrets and signatures.
 *
 * @param jwt OAuth2/OIDC bearer tokens; off while {@code issuer} is empty
 * @param tokens static machine tokens, given by the SHA-256 of the secret (never the secret)
 * @param localToken when neither JWTs nor static tokens are configured, generate an admin token
 *     into {@code localTokenFile} so a fresh install is reachable yet never open
 * @param localTokenFile where that token is written; empty means {@code <data-dir>/admin-token}
 * @param cookieName the browser sign-in cookie of the war room
 */
@Validated
@ConfigurationProperties("firebreak.security")
public record SecurityProperties(
    @DefaultValue @Valid Jwt jwt,
    @DefaultValue List<@Valid StaticToken> tokens,
    @DefaultValue("true") boolean localToken,
    @DefaultValue("") String localTokenFile,
    @DefaultValue("firebreak_session") @NotBlank String cookieName) {

  /**
   * @param issuer the {@code iss} every token must carry; with no {@code jwkSetUri}, keys are
   *     discovered from its OpenID configuration
   * @param audience the {@code aud} every token must contain
   * @param jwkSetUri where the signing keys are published
   * @param rolesClaim claim holding the caller's roles, a dotted path for nested claims
   *     ({@code realm_access.roles} in Keycloak)
   * @param roleMapping maps claim values (groups, app roles) to viewer/responder/admin; values
   *     that already name a role need no entry
   * @param nameClaim claim shown as the actor; {@code sub} when the token lacks it
   */
  public record Jwt(
      @DefaultValue("") String issuer,
      @DefaultValue("") String audience,
      @DefaultValue("") String jwkSetUri,
      @DefaultValue("roles") @NotBlank String rolesClaim,
      @DefaultValue Map<String, String> roleMapping,
      @DefaultValue("preferred_username") @NotBlank String nameClaim) {

    public boolean enabled() {
      return !issuer.isBlank();
    }
  }

  /** A machine token: its name (shown as the actor), role and the hex SHA-256 of the secret. */
  public record StaticToken(
      @NotBlank String name,
      @NotBlank @Pattern(regexp = "(?i)viewer|responder|admin", message = "must be viewer, responder or admin")
      String role,
      @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a hex SHA-256 of the token")
      String sha256) {}
}
