package dev.firebreak.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a caller may do. Each role includes the ones before it: a responder can read, an admin can
 * do everything a responder can.
 */
public enum Role {
  /** Reads incidents, evidence, postmortems and the audit log. */
  VIEWER,
  /** Acknowledges, adds notes, approves or rejects actions, resolves, edits postmortems. */
  RESPONDER,
  /** Manages API tokens and deletes postmortems. */
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This role's authority and those of every role it includes. */
  public List<GrantedAuthority> authorities() {
    return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
        .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  public static Optional<Role> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
  }

  /** The strongest of the roles found, if any. */
  public static Optional<Role> strongest(Iterable<Role> roles) {
    Role best = null;
    for (Role r : roles) {
      if (best == null || r.ordinal() > best.ordinal()) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
