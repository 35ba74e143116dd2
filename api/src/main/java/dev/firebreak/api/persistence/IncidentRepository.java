package dev.firebreak.api.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface IncidentRepository
    extends JpaRepository<IncidentEntity, String>, JpaSpecificationExecutor<IncidentEntity> {

  List<IncidentEntity> findByStatusIn(Collection<String> statuses);
}
