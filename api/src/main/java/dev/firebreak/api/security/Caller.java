package dev.firebreak.api.security;

import dev.firebreak.workflows.incident.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of a REST request: the name recorded as actor and the role it holds. */
public record Caller(String name, Optional<Role> role) {

  /** The caller of the request this thread serves; a named error when there is none. */
  public static Caller current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
      throw new IllegalStateException("no authenticated caller on this thread");
    }
    return of(auth);
  }

  public static Caller of(Authentication auth) {
    List<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new Caller(auth.getName(), Role.strongest(
        Arrays.stream(Role.values()).filter(r -> granted.contains(r.authority())).toList()));
  }

  /**
   * The actor recorded for this caller. A client may say on whose behalf it acts (a chat bridge
   * relaying a person's command); the caller stays on record so nobody can act under another name.
   */
  public Actor actor(String onBehalfOf) {
    String claimed = onBehalfOf == null ? "" : onBehalfOf.replaceAll("[\\r\\n\\t]", " ").strip();
    String name = claimed.isEmpty() || claimed.equals(this.name) ? this.name : this.name + " for " + claimed;
    return new Actor(name, "rest");
  }

  public String roleLabel() {
    return role.map(Role::label).orElse("none");
  }
}
