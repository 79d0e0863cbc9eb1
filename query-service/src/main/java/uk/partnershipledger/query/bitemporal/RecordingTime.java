package uk.partnershipledger.query.bitemporal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the versioning triggers (docs/adr/0010) when the ledger recorded the event being projected,
 * for the length of one projection inside its transaction: the time every row the event inserts
 * counts as recorded from, and every row it changes or deletes as superseded at.
 *
 * <p>PostgreSQL keeps it in the transaction-local setting {@code ledger.recorded_at}; H2, which has
 * no such thing, in the session variable {@code @ledger_recorded_at}, cleared again afterwards so
 * that a pooled connection never carries it into other work. Times are cut to microseconds, the
 * precision both databases store, so that a query at the very instant an event was recorded sees
 * it.
 */
@Component
public class RecordingTime {

  static final String VARIABLE = "ledger_recorded_at";

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  RecordingTime(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs the work with the recording time set; must be called inside a transaction. */
  public void during(OffsetDateTime recordedAt, Runnable work) {
    OffsetDateTime time =
        recordedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (postgres()) {
      jdbc.queryForObject(
          "select set_config('ledger.recorded_at', ?, true)", String.class, time.toString());
      work.run();
      return;
    }
    jdbc.update("set @" + VARIABLE + " = cast(? as timestamp with time zone)", time);
    try {
      work.run();
    } finally {
      jdbc.update("set @" + VARIABLE + " = null");
    }
  }

  private boolean postgres() {
    if (postgres == null) {
      postgres =
          jdbc.execute(
              (ConnectionCallback<Boolean>) connection -> isPostgres(connection.getMetaData()));
    }
    return postgres;
  }

  private static boolean isPostgres(DatabaseMetaData metadata) throws SQLException {
    return "PostgreSQL".equals(metadata.getDatabaseProductName());
  }
}
