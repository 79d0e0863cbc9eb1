package uk.partnershipledger.query;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A PostgreSQL database created for this test run, dropped when the JVM ends.
 *
 * <p>It is created through the admin URL in {@code LEDGER_TEST_POSTGRES_URL} (by default the local
 * server's {@code postgres} database). When PostgreSQL cannot be reached the tests are skipped with
 * the reason, unless {@code CI} is set: there a missing database must fail the build, not quietly
 * halve the tests.
 *
 * <p>As a JUnit condition it makes that decision before Spring starts, so that a skip is reported
 * with its reason for every test; as a context initializer it points the context's datasource at
 * the database.
 */
public class PostgresTestDatabase
    implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String ADMIN_URL_VARIABLE = "LEDGER_TEST_POSTGRES_URL";
  static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  /** Server part, database name, query string. */
  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

  /** The database's JDBC URL once created, or why PostgreSQL could not be reached. */
  private static String url;

  private static String unreachable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    create();
    if (unreachable == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL test database " + url);
    }
    if (System.getenv("CI") != null) {
      fail(unreachable + " (CI is set, so the PostgreSQL read-model tests must run)");
    }
    return ConditionEvaluationResult.disabled(
        "Skipped: "
            + unreachable
            + ". Set "
            + ADMIN_URL_VARIABLE
            + " to a reachable server, or set CI to make this a failure.");
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    create();
    if (url == null) {
      throw new IllegalStateException(unreachable);
    }
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource("postgres-test-database", Map.of("spring.datasource.url", url)));
  }

  /** Creates this run's database on first use; later calls reuse it. */
  private static synchronized void create() {
    if (url != null || unreachable != null) {
      return;
    }
    String adminUrl = System.getenv().getOrDefault(ADMIN_URL_VARIABLE, DEFAULT_ADMIN_URL);
    Matcher parts = URL.matcher(adminUrl);
    if (!parts.matches()) {
      fail(ADMIN_URL_VARIABLE + " must look like jdbc:postgresql://host:port/database?user=...");
    }
    // Messages name the server without the query string: it may hold a password.
    String server = parts.group(1);
    String name =
        "ledger_query_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      String why =
          "cannot create a test database on "
              + server
              + ": "
              + e.getMessage().replaceAll("\\.$", "");
      boolean connectionFailed = e.getSQLState() != null && e.getSQLState().startsWith("08");
      if (!connectionFailed) {
        // Reachable but refusing (rights, a bad URL): a fault to fix, never a reason to skip.
        fail(why, e);
      }
      unreachable = "PostgreSQL is not reachable: " + why;
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name), "drop-" + name));
    url = server + name + (parts.group(3) == null ? "" : parts.group(3));
  }

  private static void drop(String adminUrl, String name) {
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement statement = admin.createStatement()) {
      // FORCE: the cached Spring context may still hold pooled connections at shutdown.
      statement.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
    }
  }
}
