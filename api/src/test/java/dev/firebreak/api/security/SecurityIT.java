package dev.firebreak.api.security;

import static dev.firebreak.api.support.Http.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.firebreak.api.support.FirebreakIT;
import dev.firebreak.api.support.Http;
import dev.firebreak.api.support.Incidents;
import dev.firebreak.api.support.Payloads;
import dev.firebreak.api.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Who may act, against the running application: JWTs from a local identity provider (valid per
 * role, expired, wrong issuer, wrong audience, forged, without a role), static and issued API
 * tokens, the war room's cookie, and the audit trail every change leaves.
 */
@TestPropertySource(properties = {
    "firebreak.security.jwt.issuer=" + LocalIdentityProvider.ISSUER,
    "firebreak.security.jwt.audience=" + LocalIdentityProvider.AUDIENCE,
    "firebreak.security.jwt.roles-claim=realm_access.roles",
    "firebreak.security.jwt.role-mapping.incident-commanders=responder"})
class SecurityIT extends FirebreakIT {
  static final LocalIdentityProvider IDP = new LocalIdentityProvider();

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry registry) {
    registry.add("firebreak.security.jwt.jwk-set-uri", IDP::jwkSetUri);
  }

  @AfterAll
  static void stopIdentityProvider() {
    IDP.close();
  }

  private String jwt(String user, String... roles) {
    return IDP.token(user, c -> c.claim("realm_access", Map.of("roles", List.of(roles))));
  }

  private Http as(String token) {
    return http().as(token);
  }

  @Test
  void withoutATokenNothingButWebhooksAndProbesAnswers() {
    Http anonymous = as(null);
    Http.Response list = anonymous.get("/api/v1/incidents");
    assertThat(list.status()).isEqualTo(401);
    assertThat(list.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(list.json().get("detail").asText()).contains("Authorization: Bearer");
    assertThat(anonymous.post("/api/v1/incidents", "{\"title\":\"x\",\"service\":\"y\"}").status()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(200);
    // a browser asking for a page is sent to sign in, and comes back where it was going
    Http.Response page = anonymous.get("/incidents/inc-x?tab=1", "Accept", "text/html");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.raw().headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).endsWith("/login?next=%2Fincidents%2Finc-x%3Ftab%3D1"));

    // webhooks check their own shared secret (WebhookTokenIT): their bearer token is not an API caller
    Http.Response webhook = anonymous.post("/api/v1/alerts/alertmanager",
        Payloads.alertmanager("{}:{service=\"sec-hook\"}", "firing", "sec-hook-fp", "firing", "sec-hook"),
        "application/json", "Authorization", "Bearer alertmanager-shared-secret");
    assertThat(webhook.status()).isEqualTo(202);
  }

  @Test
  void jwtRolesDecideWhatACallerMayDo() {
    String id = Incidents.afterBadDeploy(http(), "sec-jwt");
    String base = "/api/v1/incidents/" + id;

    Http viewer = as(jwt("victor", "viewer"));
    assertThat(viewer.get(base).status()).isEqualTo(200);
    Http.Response refused = viewer.post(base + "/acknowledge", "{}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asText()).contains("victor (role viewer)", "responder role");

    // a role granted through a group mapping, from a nested claim
    Http alice = as(jwt("alice", "incident-commanders", "unrelated-group"));
    assertThat(alice.post(base + "/acknowledge", "{}").status()).isEqualTo(202);
    assertThat(alice.post(base + "/notes", "{\"text\":\"pool exhausted\",\"actor\":\"bob\"}").status())
        .isEqualTo(202);
    assertThat(alice.get("/api/v1/admin/tokens").status()).isEqualTo(403);
    http().await(base, j -> "alice".equals(j.at("/incident/acknowledgedBy").asText())
        && j.get("timeline").findValues("actor").stream().anyMatch(a -> a.path("name").asText().equals("alice for bob")));

    Http admin = as(jwt("ada", "admin"));
    assertThat(admin.get("/api/v1/admin/tokens").status()).isEqualTo(200);
    assertThat(admin.post(base + "/resolve", "{\"summary\":\"rolled back\"}").status()).isEqualTo(202);

    // the audit names the authenticated person and the channel, never whom the body claimed
    http().await(base, status("POSTMORTEM_DRAFTED"));
    JsonNode audit = viewer.get(base + "/audit").json();
    assertThat(audit.findValuesAsText("action")).containsSubsequence("acknowledge", "note", "resolve");
    assertThat(audit.findValuesAsText("actor")).containsSubsequence("alice", "alice for bob", "ada");
    assertThat(audit.findValuesAsText("channel")).containsOnly("rest");
    assertThat(admin.get("/api/v1/admin/audit?actor=ada&action=resolve").json().findValuesAsText("incidentId"))
        .containsExactly(id);
    assertThat(viewer.get("/api/v1/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void invalidJwtsAreRefusedNamingTheProblem() {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    Map<String, String> cases = Map.of(
        IDP.token("eve", c -> c.claim("realm_access", Map.of("roles", List.of("admin")))
            .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60)))), "expired",
        IDP.token("eve", c -> c.claim("realm_access", Map.of("roles", List.of("admin")))
            .issuer("https://elsewhere.test")), "iss",
        IDP.token("eve", c -> c.claim("realm_access", Map.of("roles", List.of("admin")))
            .audience("another-api")), "aud",
        LocalIdentityProvider.sign(new JWTClaimsSet.Builder().issuer(LocalIdentityProvider.ISSUER)
            .audience(LocalIdentityProvider.AUDIENCE).subject("eve")
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .claim("realm_access", Map.of("roles", List.of("admin"))).build(),
            LocalIdentityProvider.strangerKey()), "signature",
        "not.a.jwt", "Malformed",
        "fb_made-up-token", "unknown or revoked API token");
    cases.forEach((token, problem) -> {
      Http.Response r = as(token).get("/api/v1/incidents");
      assertThat(r.status()).as(problem).isEqualTo(401);
      assertThat(r.json().get("detail").asText()).as(problem).containsIgnoringCase(problem);
      assertThat(r.raw().headers().firstValue("WWW-Authenticate")).as(problem)
          .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer error=\"invalid_token\""));
    });

    // valid, but with no Firebreak role: authenticated, allowed nothing
    Http roleless = as(jwt("mallory", "some-other-app"));
    Http.Response r = roleless.get("/api/v1/incidents");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asText()).contains("mallory (role none)");
  }

  @Test
  void staticAndIssuedTokensCarryTheirRole() {
    assertThat(as(TestTokens.VIEWER).get("/api/v1/incidents").status()).isEqualTo(200);
    assertThat(as(TestTokens.VIEWER).post("/api/v1/incidents", "{\"title\":\"t\",\"service\":\"s\"}").status())
        .isEqualTo(403);
    assertThat(as(TestTokens.RESPONDER).post("/api/v1/incidents", "{\"title\":\"t\",\"service\":\"sec-static\"}")
        .status()).isEqualTo(202);
    assertThat(as(TestTokens.RESPONDER).delete("/api/v1/incidents/inc-x/postmortem").status()).isEqualTo(403);

    Http admin = as(TestTokens.ADMIN);
    Http.Response issued = admin.post("/api/v1/admin/tokens", "{\"name\":\"ci-bot\",\"role\":\"responder\"}");
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().get("token").asText();
    assertThat(token).startsWith("fb_").hasSizeGreaterThan(40);
    assertThat(as(token).post("/api/v1/incidents", "{\"title\":\"from ci\",\"service\":\"sec-static\"}").status())
        .isEqualTo(202);
    assertThat(admin.post("/api/v1/admin/tokens", "{\"name\":\"ci-bot\",\"role\":\"viewer\"}").status())
        .isEqualTo(409);
    assertThat(admin.post("/api/v1/admin/tokens", "{\"name\":\"x\",\"role\":\"owner\"}").json().get("field").asText())
        .isEqualTo("role");

    // the list shows names and roles, never a secret or its digest
    String listed = admin.get("/api/v1/admin/tokens").body();
    assertThat(listed).contains("ci-bot", "test-viewer").doesNotContain(token)
        .doesNotContain(ApiTokens.sha256(token)).doesNotContain(ApiTokens.sha256(TestTokens.VIEWER));
    assertThat(count("api_tokens")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select token_hash from api_tokens", String.class)).isEqualTo(ApiTokens.sha256(token));

    assertThat(admin.delete("/api/v1/admin/tokens/ci-bot").status()).isEqualTo(204);
    Http.Response revoked = as(token).get("/api/v1/incidents");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.json().get("detail").asText()).contains("revoked");
    assertThat(admin.delete("/api/v1/admin/tokens/ci-bot").status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/admin/audit?action=token.issue").json().findValuesAsText("target")).contains("ci-bot");
  }

  @Test
  void theWarRoomCookieWorksOnlyForItsOwnPages() {
    String id = Incidents.afterBadDeploy(http(), "sec-cookie");
    Http anonymous = as(null);
    Http.Response bad = anonymous.post("/login", "token=fb_wrong&next=/", "application/x-www-form-urlencoded");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.body()).contains("unknown or revoked API token");

    Http.Response signedIn = anonymous.post("/login", "token=" + TestTokens.RESPONDER + "&next=//evil.test/x",
        "application/x-www-form-urlencoded");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    String setCookie = signedIn.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("firebreak_session=", "HttpOnly", "SameSite=Strict", "Path=/");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    String base = "/api/v1/incidents/" + id;
    assertThat(anonymous.get(base, "Cookie", cookie).status()).isEqualTo(200);
    assertThat(anonymous.get("/incidents/" + id, "Cookie", cookie, "Accept", "text/html").body())
        .contains("test-responder");
    // a cross-site form cannot add X-Requested-With: the cookie alone changes nothing
    Http.Response forged = anonymous.post(base + "/acknowledge", "{}", "application/json", "Cookie", cookie);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().get("detail").asText()).contains("X-Requested-With");
    assertThat(anonymous.post(base + "/acknowledge", "{}", "application/json", "Cookie", cookie,
        "X-Requested-With", "firebreak").status()).isEqualTo(202);
  }
}
