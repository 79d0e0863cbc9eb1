package uk.partnershipledger.command.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a committed command survive a {@code kill -9} on the embedded H2 database.
 *
 * <p>H2 has no redo log: a commit changes its in-memory store, and a background thread writes the
 * store to the file up to 500 ms later. Setting {@code WRITE_DELAY=0} does not close the gap
 * either: the commit then only <em>tries</em> to write, and gives up when another thread is
 * writing. A command answered 2xx could be lost. {@code CHECKPOINT} writes and syncs the store,
 * blocking, so it runs after each command's transaction commits and before the answer goes out
 * (docs/adr/0005). PostgreSQL's write-ahead log needs none of this.
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

  /** Call once the command's work is done: now, or when the surrounding transaction commits. */
  public void flushAfterCommit() {
    if (!embeddedH2) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              checkpoint();
            }
          });
    } else {
      checkpoint();
    }
  }

  private void checkpoint() {
    jdbc.execute("CHECKPOINT");
  }
}
