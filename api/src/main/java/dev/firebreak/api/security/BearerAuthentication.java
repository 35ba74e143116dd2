package dev.firebreak.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Checks a bearer token, whichever kind it is: Firebreak API tokens by their prefix, anything else
 * as a JWT when an issuer is configured. One manager serves the API filter and the sign-in page.
 */
final class BearerAuthentication {
  private BearerAuthentication() {}

  static AuthenticationManager manager(SecurityProperties props, ApiTokens tokens) {
    AuthenticationProvider apiTokens = new ApiTokenProvider(tokens);
    AuthenticationProvider jwts;
    if (props.jwt().enabled()) {
      JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder(props.jwt()));
      jwt.setJwtAuthenticationConverter(new JwtCallers(props.jwt()));
      jwts = jwt;
    } else {
      jwts = new NoJwtProvider();
    }
    // by prefix, not "try each": the refusal must be the one about the kind of token sent
    return authentication -> {
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      return (token.startsWith(ApiTokens.PREFIX) ? apiTokens : jwts).authenticate(authentication);
    };
  }

  static JwtDecoder decoder(SecurityProperties.Jwt config) {
    if (config.audience().isBlank()) {
      throw new IllegalStateException("firebreak.security.jwt.audience must be set when jwt.issuer is");
    }
    OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(config.issuer()),
        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
            aud -> aud != null && aud.contains(config.audience())));
    // discovery waits for the first token, so Firebreak starts while the identity provider is down
    return new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder decoder = config.jwkSetUri().isBlank()
          ? NimbusJwtDecoder.withIssuerLocation(config.issuer()).build()
          : NimbusJwtDecoder.withJwkSetUri(config.jwkSetUri()).build();
      decoder.setJwtValidator(validator);
      return decoder;
    });
  }

  /** A Firebreak API token. */
  private record ApiTokenProvider(ApiTokens tokens) implements AuthenticationProvider {
    @Override
    public Authentication authenticate(Authentication authentication) {
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      Caller caller = tokens.authenticate(token)
          .orElseThrow(() -> new InvalidBearerTokenException("unknown or revoked API token"));
      return new TokenAuthentication(caller);
    }

    @Override
    public boolean supports(Class<?> type) {
      return BearerTokenAuthenticationToken.class.isAssignableFrom(type);
    }
  }

  private static final class NoJwtProvider implements AuthenticationProvider {
    @Override
    public Authentication authenticate(Authentication authentication) {
      throw new InvalidBearerTokenException("not a Firebreak API token, and JWT bearer tokens are not "
          + "configured (firebreak.security.jwt.issuer)");
    }

    @Override
    public boolean supports(Class<?> type) {
      return BearerTokenAuthenticationToken.class.isAssignableFrom(type);
    }
  }

  /** A caller authenticated by an API token; the secret is not kept. */
  static final class TokenAuthentication extends AbstractAuthenticationToken {
    private final Caller caller;

    TokenAuthentication(Caller caller) {
      super(caller.role().map(Role::authorities).orElse(List.of()));
      this.caller = caller;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return caller.name();
    }
  }
}
