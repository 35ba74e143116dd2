package dev.firebreak.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into a caller: the name from the configured claim, the strongest role found
 * in the roles claim (directly named, or through the role mapping). A token with no recognised role
 * authenticates but may do nothing: 403 rather than 401, so the caller learns what is missing.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {
  private final SecurityProperties.Jwt config;
  private final Map<String, Role> mapping = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  JwtCallers(SecurityProperties.Jwt config) {
    this.config = config;
    config.roleMapping().forEach((claimValue, role) -> mapping.put(claimValue, Role.parse(role)
        .orElseThrow(() -> new IllegalArgumentException("firebreak.security.jwt.role-mapping." + claimValue
            + " must be viewer, responder or admin"))));
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<Role> roles = new ArrayList<>();
    for (String value : claimValues(jwt.getClaims(), config.rolesClaim())) {
      Optional<Role> role = Optional.ofNullable(mapping.get(value)).or(() -> Role.parse(value));
      role.ifPresent(roles::add);
    }
    String name = jwt.getClaimAsString(config.nameClaim());
    if (name == null || name.isBlank()) {
      name = jwt.getSubject();
    }
    return new JwtAuthenticationToken(jwt,
        Role.strongest(roles).map(Role::authorities).orElse(List.of()), name);
  }

  /** The strings at a dotted claim path; a space-separated string counts as several (OAuth scopes). */
  static List<String> claimValues(Map<String, Object> claims, String path) {
    Object node = claims;
    for (String part : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return List.of();
      }
      node = map.get(part);
    }
    if (node instanceof String s) {
      return List.of(s.trim().split("\\s+"));
    }
    if (node instanceof Collection<?> c) {
      return c.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
