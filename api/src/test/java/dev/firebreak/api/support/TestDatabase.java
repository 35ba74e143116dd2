package dev.firebreak.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A real PostgreSQL for integration tests, chosen in order: the server named by
 * FIREBREAK_TEST_DATABASE_URL (with _USER/_PASSWORD), the server on 127.0.0.1:5432 when one
 * answers there, else an embedded PostgreSQL. Each test class gets a fresh database of its own.
 */
public final class TestDatabase {
  private static EmbeddedPostgres embedded;
  private static boolean cleaned;

  public record Target(String url, String user, String password) {}

  private TestDatabase() {}

  public static synchronized Target fresh() {
    String configured = System.getenv("FIREBREAK_TEST_DATABASE_URL");
    String user = envOr("FIREBREAK_TEST_DATABASE_USER", "postgres");
    String password = envOr("FIREBREAK_TEST_DATABASE_PASSWORD", "");
    String serverUrl;
    if (configured != null && !configured.isBlank()) {
      serverUrl = configured;
    } else if (answers("127.0.0.1", 5432)) {
      serverUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
    } else {
      serverUrl = startEmbedded();
      user = "postgres";
      password = "";
    }
    String name = "firebreak_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
      if (!cleaned) {
        dropLeftovers(c);
        cleaned = true;
      }
      c.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + serverUrl + ": " + e.getMessage(), e);
    }
    return new Target(serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user, password);
  }

  /** Databases earlier runs left behind; one still in use refuses to drop and stays. */
  private static void dropLeftovers(Connection c) throws SQLException {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (var rs = c.createStatement().executeQuery(
        "select datname from pg_database where datname like 'firebreak\\_it\\_%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    for (String old : names) {
      try {
        c.createStatement().execute("drop database " + old);
      } catch (SQLException inUse) {
        // another test run is using it
      }
    }
  }

  private static String startEmbedded() {
    try {
      if (embedded == null) {
        embedded = EmbeddedPostgres.builder().start();
      }
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded PostgreSQL", e);
    }
  }

  private static boolean answers(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
