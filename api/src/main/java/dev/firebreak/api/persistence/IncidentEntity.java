package dev.firebreak.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The incidents table: searchable columns plus the workflow's last saved state. */
@Entity
@Table(name = "incidents")
public class IncidentEntity {
  @Id public String id;
  @Column(name = "workflow_id") public String workflowId;
  @Column(name = "workflow_run_id") public String workflowRunId;
  public String title;
  public String service;
  public String severity;
  public String status;
  public String source;
  @Column(name = "group_key") public String groupKey;
  public String alertname;
  public String commander;
  @Column(name = "opened_at") public Instant openedAt;
  @Column(name = "acknowledged_at") public Instant acknowledgedAt;
  @Column(name = "acknowledged_by") public String acknowledgedBy;
  @Column(name = "resolved_at") public Instant resolvedAt;
  @Column(name = "updated_at") public Instant updatedAt;
  @Column(name = "state_json") public String stateJson;
}
