package dev.firebreak.api.security;

import dev.firebreak.api.audit.AuditLog;
import dev.firebreak.api.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins issue and revoke machine tokens; the secret is in the creation answer only. */
@RestController
@RequestMapping("/api/v1/admin/tokens")
class TokenController {
  private final ApiTokens tokens;
  private final AuditLog audit;

  TokenController(ApiTokens tokens, AuditLog audit) {
    this.tokens = tokens;
    this.audit = audit;
  }

  record Create(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "1-64 letters, digits, '.', '_' or '-'") String name,
      @NotBlank @Pattern(regexp = "(?i)viewer|responder|admin", message = "must be viewer, responder or admin") String role) {}

  @PostMapping
  ResponseEntity<ApiTokens.Issued> create(@Valid @RequestBody Create body) {
    Caller caller = Caller.current();
    ApiTokens.Issued issued = tokens.issue(body.name(), Role.parse(body.role()).orElseThrow(), caller.name());
    audit.record(caller.actor(null), "token.issue", null, null, body.name(), "role " + issued.role());
    return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + body.name())).body(issued);
  }

  @GetMapping
  List<ApiTokens.Listed> list() {
    return tokens.list();
  }

  @DeleteMapping("/{name}")
  ResponseEntity<Void> revoke(@PathVariable String name) {
    if (!tokens.revoke(name)) {
      throw ApiException.notFound("live API token", name);
    }
    audit.record(Caller.current().actor(null), "token.revoke", null, null, name, null);
    return ResponseEntity.noContent().build();
  }
}
