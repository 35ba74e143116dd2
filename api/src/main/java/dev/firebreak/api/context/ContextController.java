package dev.firebreak.api.context;

import dev.firebreak.activities.evidence.ContextStore;
import dev.firebreak.analysis.evidence.Deploy;
import dev.firebreak.analysis.evidence.LogLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Context pushed by CD systems (deploys) and log shippers (lines), kept per service, bounded. */
@RestController
class ContextController {
  private final ContextStore store;

  ContextController(ContextStore store) {
    this.store = store;
  }

  record DeployIn(
      @NotNull Instant ts,
      @NotBlank @Size(max = 200) String service,
      @NotBlank @Size(max = 100) String commit,
      @Size(max = 200) String author,
      @Size(max = 5000) String message,
      @Size(max = 1000) List<@Size(max = 1000) String> files) {}

  record Deploys(@NotEmpty @Size(max = 1000) List<@Valid @NotNull DeployIn> deploys) {}

  record LineIn(
      @NotNull Instant ts,
      @NotBlank @Size(max = 200) String service,
      @Size(max = 16) String level,
      @NotNull @Size(max = 10000) String message) {}

  record Lines(@NotEmpty @Size(max = 10000) List<@Valid @NotNull LineIn> lines) {}

  @PostMapping("/api/v1/context/deploys")
  ResponseEntity<Map<String, Integer>> deploys(@Valid @RequestBody Deploys body) {
    store.addDeploys(body.deploys().stream()
        .map(d -> new Deploy(d.ts(), d.service(), d.commit(), d.author() == null ? "unknown" : d.author(),
            d.message() == null ? "" : d.message(), d.files()))
        .toList());
    return ResponseEntity.accepted().body(Map.of("accepted", body.deploys().size()));
  }

  @PostMapping("/api/v1/context/logs")
  ResponseEntity<Map<String, Integer>> logs(@Valid @RequestBody Lines body) {
    store.addLogs(body.lines().stream()
        .map(l -> new LogLine(l.ts(), l.service(), l.level() == null ? "INFO" : l.level(), l.message()))
        .toList());
    return ResponseEntity.accepted().body(Map.of("accepted", body.lines().size()));
  }
}
