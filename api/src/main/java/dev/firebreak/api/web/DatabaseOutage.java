package dev.firebreak.api.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that is down or restarting apart from a failing statement. */
final class DatabaseOutage {
  private DatabaseOutage() {}

  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DataAccessResourceFailureException || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          // 08: connection exception; 57P: the server is shutting down or restarting
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
