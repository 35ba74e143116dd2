package dev.firebreak.api.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token of a request: the Authorization header for clients, or the war room's sign-in
 * cookie for browsers. A browser sends cookies on cross-site requests too, so changes made with the
 * cookie must carry {@code X-Requested-With} — a header a foreign page cannot add without CORS,
 * which Firebreak never grants.
 */
final class HeaderOrCookieTokenResolver implements BearerTokenResolver {
  static final String BROWSER_HEADER = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
  private final String cookieName;

  HeaderOrCookieTokenResolver(String cookieName) {
    this.cookieName = cookieName;
  }

  @Override
  public String resolve(HttpServletRequest request) {
    String fromHeader = header.resolve(request);
    if (fromHeader != null) {
      return fromHeader;
    }
    String fromCookie = cookie(request, cookieName);
    if (fromCookie == null) {
      return null;
    }
    if (!SAFE.contains(request.getMethod()) && request.getHeader(BROWSER_HEADER) == null) {
      throw new OAuth2AuthenticationException(new BearerTokenError("invalid_request", HttpStatus.FORBIDDEN,
          "a change made with the sign-in cookie must send the " + BROWSER_HEADER + " header", null));
    }
    return fromCookie;
  }

  static String cookie(HttpServletRequest request, String name) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie c : request.getCookies()) {
      if (name.equals(c.getName()) && !c.getValue().isBlank()) {
        return c.getValue();
      }
    }
    return null;
  }
}
