package uk.partnershipledger.query.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a committed projection survive a {@code kill -9} on the embedded H2 database, before Kafka
 * is told the event is done.
 *
 * <p>H2 has no redo log: a commit changes its in-memory store, and a background thread writes the
 * store to the file up to 500 ms later. If the service died in that window after the listener had
 * committed the event's offset, the event would be missing from the read model and never delivered
 * again. {@code CHECKPOINT} writes and syncs the store, blocking, so the intake runs it after each
 * projection commits and before the offset is committed (as command-service's DurableCommits does
 * before it answers). PostgreSQL's write-ahead log needs none of this.
 */
@Component
public class DurableCommits {

  private final JdbcTemplate jdbc;
  private final boolean embeddedH2;

  DurableCommits(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.embeddedH2 = connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
    }
  }

  /** Call after a transaction has committed; does nothing unless the database is an H2 file. */
  public void flush() {
    if (embeddedH2) {
      jdbc.execute("CHECKPOINT");
    }
  }
}
