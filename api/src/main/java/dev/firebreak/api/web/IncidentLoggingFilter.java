package dev.firebreak.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the incident id of an incident's REST call in the logging context, so the request's log
 * lines carry it like the workflow's activities do.
 */
@Component
public class IncidentLoggingFilter extends OncePerRequestFilter {
  private static final Pattern INCIDENT_PATH = Pattern.compile("^/(?:api/v1/)?incidents/(inc-[0-9a-f]{1,64})(?:/|$)");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = INCIDENT_PATH.matcher(request.getRequestURI());
    if (!m.find()) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put("incidentId", m.group(1));
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("incidentId");
    }
  }
}
