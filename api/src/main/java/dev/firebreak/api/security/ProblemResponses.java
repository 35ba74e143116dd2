package dev.firebreak.api.security;

import dev.firebreak.activities.support.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem documents naming what is wrong (no token, expired, wrong audience, which
 * role is missing), like every other refusal of the API. A browser asking for a page is sent to the
 * sign-in page instead.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (wantsPage(request)) {
      String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
      return;
    }
    HttpStatus status = HttpStatus.UNAUTHORIZED;
    String detail = "authentication required: send 'Authorization: Bearer <token>' (an API token or a JWT)";
    String error = null;
    if (e instanceof OAuth2AuthenticationException oauth) {
      error = oauth.getError().getErrorCode();
      if (oauth.getError().getDescription() != null) {
        detail = oauth.getError().getDescription();
      }
      if (oauth.getError() instanceof BearerTokenError bearer) {
        status = bearer.getHttpStatus();
      }
    }
    response.setHeader("WWW-Authenticate", error == null ? "Bearer"
        : "Bearer error=\"" + error + "\", error_description=\"" + detail.replace("\"", "'") + "\"");
    refuse(request, response, status, detail);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    String who = auth == null ? "caller" : Caller.of(auth).name() + " (role " + Caller.of(auth).roleLabel() + ")";
    refuse(request, response, HttpStatus.FORBIDDEN, who + " may not " + request.getMethod() + " "
        + request.getRequestURI() + ": " + needed(request));
  }

  private static String needed(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (path.startsWith("/api/v1/admin/") || "DELETE".equals(request.getMethod())) {
      return "the admin role is required";
    }
    return "GET".equals(request.getMethod()) ? "the viewer role is required" : "the responder role is required";
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String detail) throws IOException {
    log.info("refused with {}: {} {}: {}", status.value(), request.getMethod(),
        request.getRequestURI().replaceAll("[\\r\\n\\t]", " "), detail.replaceAll("[\\r\\n\\t]", " "));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(Json.write(problem));
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
        && !request.getRequestURI().startsWith("/api/");
  }
}
