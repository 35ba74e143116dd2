package dev.firebreak.api.support;

import dev.firebreak.api.FirebreakApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests: the whole application on a real PostgreSQL and in-process Temporal. */
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the embedding model is loaded only by the tests about retrieval
@org.springframework.test.context.TestPropertySource(properties = "firebreak.retrieval.enabled=false")
public abstract class FirebreakIT {
  @TempDir static Path dataDir;

  @LocalServerPort protected int port;
  @Autowired protected JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.Target db = TestDatabase.fresh();
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", db::user);
    registry.add("spring.datasource.password", db::password);
    // several contexts live at once in a test run; the shared server has ~100 connections
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    registry.add("firebreak.data-dir", () -> dataDir.toString());
    TestTokens.register(registry);
  }

  protected Http http() {
    return new Http(port);
  }

  protected int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
