package dev.firebreak.api.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessedRequestRepository extends JpaRepository<ProcessedRequestEntity, String> {}
