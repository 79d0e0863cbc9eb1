package uk.partnershipledger.command.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL that runs beside the tests, from {@code
 * LEDGER_TEST_POSTGRES_URL} (default: the local server, user postgres, trust auth).
 *
 * <p>Where no PostgreSQL answers the tests are skipped and say why, except under CI, where a
 * skipped PostgreSQL test would hide that the production database was never tested: there they
 * fail.
 */
public final class TestPostgres {

  private static final String ADMIN_URL =
      System.getenv()
          .getOrDefault(
              "LEDGER_TEST_POSTGRES_URL",
              "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

  private TestPostgres() {}

  /** Creates an empty database and returns its JDBC URL, or skips the test class. */
  public static String freshDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(ADMIN_URL)) {
      admin.createStatement().execute("create database " + name);
    } catch (SQLException unreachable) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(
            "CI is set but PostgreSQL at " + ADMIN_URL + " is unreachable", unreachable);
      }
      Assumptions.abort(
          "PostgreSQL at "
              + ADMIN_URL
              + " is unreachable, PostgreSQL tests skipped: "
              + unreachable.getMessage());
    }
    return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }
}
