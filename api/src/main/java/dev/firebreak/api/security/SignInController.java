package dev.firebreak.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The war room's sign-in: a person pastes an API token or a JWT from their identity provider; it is
 * checked exactly as a bearer token would be, then kept in an HttpOnly, SameSite=Strict cookie so
 * page scripts never see it.
 */
@Controller
class SignInController {
  private static final Duration COOKIE_LIFETIME = Duration.ofHours(12);

  private final AuthenticationManager bearerAuthentication;
  private final SecurityProperties props;
  private final LocalAdminToken local;

  SignInController(AuthenticationManager bearerAuthentication, SecurityProperties props, LocalAdminToken local) {
    this.bearerAuthentication = bearerAuthentication;
    this.props = props;
    this.local = local;
  }

  @GetMapping("/login")
  String form(@RequestParam(defaultValue = "/") String next, Model model) {
    model.addAttribute("next", safeNext(next));
    local.file().ifPresent(f -> model.addAttribute("localTokenFile", f.toAbsolutePath().toString()));
    return "login";
  }

  @PostMapping(path = "/login", consumes = "application/x-www-form-urlencoded")
  String signIn(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "/") String next,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    String trimmed = token.strip();
    try {
      if (trimmed.isEmpty()) {
        throw new org.springframework.security.authentication.BadCredentialsException("paste a token first");
      }
      Authentication caller = bearerAuthentication.authenticate(new BearerTokenAuthenticationToken(trimmed));
      if (Caller.of(caller).role().isEmpty()) {
        throw new org.springframework.security.authentication.BadCredentialsException(
            "the token is valid but carries no Firebreak role (viewer, responder or admin)");
      }
    } catch (AuthenticationException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("error", e.getMessage());
      return form(next, model);
    }
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(trimmed, COOKIE_LIFETIME, request.isSecure()).toString());
    return "redirect:" + safeNext(next);
  }

  @PostMapping("/logout")
  String signOut(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request.isSecure()).toString());
    return "redirect:/login";
  }

  private ResponseCookie cookie(String value, Duration maxAge, boolean secure) {
    return ResponseCookie.from(props.cookieName(), value).httpOnly(true).secure(secure).sameSite("Strict")
        .path("/").maxAge(maxAge).build();
  }

  /** Only a path on this site: a sign-in link must not bounce people to someone else's page. */
  static String safeNext(String next) {
    boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/";
  }
}
