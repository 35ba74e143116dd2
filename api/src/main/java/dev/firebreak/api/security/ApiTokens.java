package dev.firebreak.api.security;

import dev.firebreak.activities.support.Sha256;
import dev.firebreak.api.web.ApiException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Static API tokens for machines. Only SHA-256 digests are kept — the tokens carry 256 random bits,
 * so a fast hash is safe and lets a request be checked with one indexed lookup. Tokens come from
 * configuration ({@code firebreak.security.tokens}), the generated local token, or are issued by an
 * admin through the API and stored in {@code api_tokens}.
 */
@Service
public class ApiTokens {
  /** Marks Firebreak tokens apart from JWTs (and makes them easy to find by secret scanners). */
  public static final String PREFIX = "fb_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Map<String, Caller> configured = new HashMap<>();

  ApiTokens(JdbcTemplate jdbc, SecurityProperties props, LocalAdminToken local) {
    this.jdbc = jdbc;
    for (SecurityProperties.StaticToken t : props.tokens()) {
      configured.put(t.sha256().toLowerCase(Locale.ROOT),
          new Caller(t.name(), Role.parse(t.role())));
    }
    local.sha256().ifPresent(hash -> configured.put(hash, new Caller(LocalAdminToken.NAME, Optional.of(Role.ADMIN))));
  }

  /** An issued token: the secret is in this answer and nowhere else. */
  public record Issued(String name, String role, String token, Instant createdAt) {}

  /** A stored token as admins see it: never the secret, nor its digest. */
  public record Listed(String name, String role, String createdBy, Instant createdAt, Instant revokedAt,
      String source) {}

  public Optional<Caller> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = sha256(token);
    Caller fromConfig = configured.get(hash);
    if (fromConfig != null) {
      return Optional.of(fromConfig);
    }
    return jdbc.query("select name, role from api_tokens where token_hash = ? and revoked_at is null",
        (rs, i) -> new Caller(rs.getString(1), Role.parse(rs.getString(2))), hash).stream().findFirst();
  }

  public Issued issue(String name, Role role, String createdBy) {
    if (configured.values().stream().anyMatch(c -> c.name().equals(name))) {
      throw ApiException.conflict("token name " + name + " is used by a configured token");
    }
    String token = generate();
    Instant now = Instant.now();
    try {
      jdbc.update("insert into api_tokens (name, role, token_hash, created_by, created_at) values (?, ?, ?, ?, ?)",
          name, role.label(), sha256(token), createdBy, java.sql.Timestamp.from(now));
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("a token named " + name + " exists already (revoked names stay taken)");
    }
    return new Issued(name, role.label(), token, now);
  }

  /** Revokes a stored token; false when there is no live token of that name. */
  public boolean revoke(String name) {
    return jdbc.update("update api_tokens set revoked_at = now() where name = ? and revoked_at is null", name) == 1;
  }

  public List<Listed> list() {
    List<Listed> all = new java.util.ArrayList<>(configured.values().stream()
        .map(c -> new Listed(c.name(), c.roleLabel(), "configuration", null, null, "configuration"))
        .sorted(java.util.Comparator.comparing(Listed::name)).toList());
    all.addAll(jdbc.query("select name, role, created_by, created_at, revoked_at from api_tokens order by name",
        (rs, i) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), "api")));
    return all;
  }

  public static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static String sha256(String token) {
    return Sha256.hex(token);
  }

}
