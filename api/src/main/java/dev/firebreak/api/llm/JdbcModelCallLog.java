package dev.firebreak.api.llm;

import dev.firebreak.activities.hypotheses.ModelCall;
import dev.firebreak.activities.hypotheses.ModelCallLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The model-call audit in the {@code model_calls} table (V40). */
@Component
class JdbcModelCallLog implements ModelCallLog {
  private static final String COLUMNS = "incident_id, request_id, purpose, provider, model, outcome, "
      + "tokens_in, tokens_out, latency_ms, evidence_ids, request_json, response, created_at";

  private final JdbcTemplate jdbc;

  JdbcModelCallLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(ModelCall c) {
    jdbc.update("insert into model_calls (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        c.incidentId(), c.requestId(), c.purpose(), c.provider(), c.model(), c.outcome(), c.tokensIn(),
        c.tokensOut(), c.latencyMs(), String.join(",", c.evidenceIds()), c.request(), c.response(),
        Timestamp.from(c.at()));
  }

  @Override
  public List<ModelCall> forRequest(String requestId) {
    return jdbc.query("select " + COLUMNS + " from model_calls where request_id = ? order by id",
        JdbcModelCallLog::row, requestId);
  }

  @Override
  public Usage usage(String incidentId) {
    return jdbc.queryForObject("select count(*), coalesce(sum(tokens_in + tokens_out), 0) from model_calls"
        + " where incident_id = ?", (rs, n) -> new Usage(rs.getInt(1), rs.getInt(2)), incidentId);
  }

  List<ModelCall> forIncident(String incidentId) {
    return jdbc.query("select " + COLUMNS + " from model_calls where incident_id = ? order by id",
        JdbcModelCallLog::row, incidentId);
  }

  private static ModelCall row(ResultSet rs, int n) throws SQLException {
    String ids = rs.getString("evidence_ids");
    return new ModelCall(rs.getString("incident_id"), rs.getString("request_id"), rs.getString("purpose"),
        rs.getString("provider"), rs.getString("model"), rs.getString("outcome"), rs.getInt("tokens_in"),
        rs.getInt("tokens_out"), rs.getLong("latency_ms"),
        ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")), rs.getString("request_json"),
        rs.getString("response"), rs.getTimestamp("created_at").toInstant());
  }
}
