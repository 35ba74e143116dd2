package dev.firebreak.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "postmortems")
public class PostmortemEntity {
  @Id @Column(name = "incident_id") public String incidentId;
  public String markdown;
  public String json;
  @Column(name = "updated_at") public Instant updatedAt;
}
