package dev.firebreak.api.ingest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Database connections of the intake buffer alone. A webhook acknowledges an alert only once it
 * is stored, so its insert must not wait for a connection behind the incident saves of a storm
 * (bench ingest: all ten pool connections held by saves for up to 0.6 s, with 33 requests
 * waiting). A small pool of its own, to the same database with the same settings, keeps the
 * acknowledgement independent of how far behind the processing is.
 *
 * <p>Deliberately not a {@link DataSource} bean: a second one would switch off Spring Boot's own
 * data source configuration.
 */
@Component
class IntakeConnections implements AutoCloseable {
  private static final int POOL_SIZE = 4;

  private final DataSource dataSource;
  private final HikariDataSource owned;

  IntakeConnections(DataSource primary) {
    if (primary instanceof HikariDataSource hikari) {
      HikariConfig config = new HikariConfig();
      hikari.copyStateTo(config);
      config.setPoolName(hikari.getPoolName() + "-intake");
      config.setMaximumPoolSize(POOL_SIZE);
      config.setMinimumIdle(1);
      // the first webhooks must not pay for connecting, and the application must start even
      // while the database is down (the intake then answers 503 until it is back)
      config.setInitializationFailTimeout(-1);
      owned = new HikariDataSource(config);
      dataSource = owned;
    } else {
      // an unknown pool: share it rather than guess how to copy its settings
      owned = null;
      dataSource = primary;
    }
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }
}
