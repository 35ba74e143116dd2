package dev.firebreak.api.llm;

import dev.firebreak.activities.hypotheses.ModelCall;
import dev.firebreak.api.web.ApiException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/incidents/{id}/model-calls}: what was sent to which model, and what it cost. */
@RestController
class ModelCallController {
  private final JdbcModelCallLog log;
  private final JdbcTemplate jdbc;

  ModelCallController(JdbcModelCallLog log, JdbcTemplate jdbc) {
    this.log = log;
    this.jdbc = jdbc;
  }

  @GetMapping("/api/v1/incidents/{id}/model-calls")
  List<ModelCall> modelCalls(@PathVariable String id) {
    Integer known = jdbc.queryForObject("select count(*) from incidents where id = ?", Integer.class, id);
    if (known == null || known == 0) {
      throw ApiException.notFound("incident", id);
    }
    return log.forIncident(id);
  }
}
