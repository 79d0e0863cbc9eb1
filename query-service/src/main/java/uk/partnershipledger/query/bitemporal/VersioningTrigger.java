package uk.partnershipledger.query.bitemporal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.Trigger;

/**
 * H2's half of bitemporal storage (docs/adr/0010), the twin of PostgreSQL's {@code
 * ledger_version_row()}: before a row of a read-model table is inserted it stamps {@code
 * recorded_from}; before it is updated or deleted it copies the old row into the table's {@code
 * _history} companion, closed at the recording time.
 *
 * <p>The recording time is the session variable {@code @ledger_recorded_at}, which {@link
 * RecordingTime} sets for each event inside the projection's transaction; a change made outside an
 * event (a migration) counts as recorded when made. A session variable rather than a thread-bound
 * holder: it travels with the connection the projector writes on, whichever thread runs the trigger
 * (H2 can run as a server), and it is visible in SQL for anyone debugging.
 *
 * <p>Should an event recorded earlier than a row's {@code recorded_from} change the row (events of
 * different aggregates arrive on different partitions), the change counts as recorded at the row's
 * {@code recorded_from}, never earlier, so recording intervals never run backwards; a version whose
 * interval would be empty (a row changed twice by one event) is not kept, as no instant sees it.
 */
public class VersioningTrigger implements Trigger {

  static final String RECORDED_FROM = "RECORDED_FROM";

  private int recordedFrom = -1;
  private String copyToHistory;

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    recordedFrom = columns.indexOf(RECORDED_FROM);
    if (recordedFrom < 0) {
      throw new SQLException(table + " has no " + RECORDED_FROM + " column to version its rows by");
    }
    // By column name, so that the two tables' column order need not match.
    copyToHistory =
        "insert into \""
            + schema
            + "\".\""
            + table
            + "_HISTORY\" (\""
            + String.join("\", \"", columns)
            + "\", SUPERSEDED_AT) values ("
            + "?, ".repeat(columns.size())
            + "?)";
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    OffsetDateTime recorded = recordingTime(connection);
    if (oldRow == null) {
      newRow[recordedFrom] = recorded;
      return;
    }
    OffsetDateTime from = (OffsetDateTime) oldRow[recordedFrom];
    OffsetDateTime superseded = recorded.isAfter(from) ? recorded : from;
    if (superseded.isAfter(from)) {
      try (PreparedStatement copy = connection.prepareStatement(copyToHistory)) {
        for (int i = 0; i < oldRow.length; i++) {
          copy.setObject(i + 1, oldRow[i]);
        }
        copy.setObject(oldRow.length + 1, superseded);
        copy.executeUpdate();
      }
    }
    if (newRow != null) {
      newRow[recordedFrom] = superseded;
    }
  }

  private static OffsetDateTime recordingTime(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select coalesce(@" + RecordingTime.VARIABLE + ", current_timestamp)");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class);
    }
  }
}
