package dev.firebreak.api.security;

import dev.firebreak.api.slack.SlackProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Two chains: the open one (webhooks with their own secrets, health probes,
 * static files, sign-in) never looks at bearer tokens — an Alertmanager sending its webhook token
 * must not be mistaken for an API caller — and the API chain, where everything needs a role and
 * whatever is not listed is denied.
 */
@Configuration
class SecurityConfig {

  @Bean
  AuthenticationManager bearerAuthentication(SecurityProperties props, ApiTokens tokens) {
    return BearerAuthentication.manager(props, tokens);
  }

  @Bean
  @Order(1)
  SecurityFilterChain open(HttpSecurity http, SlackProperties slack) throws Exception {
    http.securityMatcher("/api/v1/alerts/**", slack.path(), slack.path() + "/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/logout", "/error",
            "/v3/api-docs", "/v3/api-docs/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager bearerAuthentication,
      SecurityProperties props) throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
            .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.DELETE, "/api/v1/**").hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.GET, "/api/v1/**", "/", "/incidents/**", "/actuator/**")
            .hasRole(Role.VIEWER.name())
            .requestMatchers(HttpMethod.POST, "/api/v1/**").hasRole(Role.RESPONDER.name())
            .requestMatchers(HttpMethod.PUT, "/api/v1/**").hasRole(Role.RESPONDER.name())
            .anyRequest().denyAll())
        .oauth2ResourceServer(o -> o
            .bearerTokenResolver(new HeaderOrCookieTokenResolver(props.cookieName()))
            .authenticationManagerResolver(request -> bearerAuthentication)
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }
}
