package dev.firebreak.api.audit;

import dev.firebreak.api.incident.IncidentQueries;
import dev.firebreak.api.persistence.IncidentEntity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log: per incident for anyone who may read it, across incidents for admins. */
@Validated
@RestController
class AuditController {
  private final AuditLog audit;
  private final IncidentQueries incidents;

  AuditController(AuditLog audit, IncidentQueries incidents) {
    this.audit = audit;
    this.incidents = incidents;
  }

  @GetMapping("/api/v1/incidents/{id}/audit")
  List<AuditLog.Entry> incident(@PathVariable String id) {
    IncidentEntity incident = incidents.entity(id);
    return audit.forIncident(incident.id, incident.workflowId);
  }

  @GetMapping("/api/v1/admin/audit")
  List<AuditLog.Entry> search(@RequestParam(required = false) String actor,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return audit.search(actor, channel, action, since, limit);
  }
}
