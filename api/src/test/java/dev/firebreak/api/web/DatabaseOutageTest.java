package dev.firebreak.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseOutageTest {
  @Test
  void aConnectionTheServerClosedIsAnOutage() {
    SQLException killed = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException(killed)))).isTrue();
    assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException(
        new SQLException("Connection is closed"))))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
  }

  @Test
  void aFailingStatementIsNot() {
    assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value", "23505")))).isFalse();
  }
}
