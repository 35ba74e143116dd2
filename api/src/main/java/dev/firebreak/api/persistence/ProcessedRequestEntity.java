package dev.firebreak.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "processed_requests")
public class ProcessedRequestEntity {
  @Id @Column(name = "request_id") public String requestId;
  public String outcome;
  @Column(name = "created_at") public Instant createdAt;
}
