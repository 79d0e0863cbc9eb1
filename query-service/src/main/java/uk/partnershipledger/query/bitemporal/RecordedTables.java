package uk.partnershipledger.query.bitemporal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands the read models their tables as recorded at an instant ({@link AsRecorded}). Which tables
 * are versioned, and their columns, come from the database's own metadata, read once: a table is
 * versioned when it has a {@code _history} companion.
 */
@Component
public class RecordedTables {

  static final String HISTORY = "_history";

  private final JdbcTemplate jdbc;
  private volatile Map<String, List<String>> versioned;

  RecordedTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The tables as recorded at the instant; as they stand now when it is null. */
  public AsRecorded at(Instant instant) {
    return new AsRecorded(jdbc, instant, versioned());
  }

  /** The versioned tables, by lower-case name, with their columns in order. */
  Map<String, List<String>> versioned() {
    if (versioned == null) {
      versioned =
          jdbc.execute((ConnectionCallback<Map<String, List<String>>>) c -> read(c.getMetaData()));
    }
    return versioned;
  }

  private static Map<String, List<String>> read(DatabaseMetaData metadata) throws SQLException {
    Map<String, List<String>> columns = new HashMap<>();
    try (ResultSet rs = metadata.getColumns(null, currentSchema(metadata), null, null)) {
      while (rs.next()) {
        columns
            .computeIfAbsent(
                rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new ArrayList<>())
            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    Map<String, List<String>> versioned = new HashMap<>();
    columns.forEach(
        (table, tableColumns) -> {
          if (!table.endsWith(HISTORY) && columns.containsKey(table + HISTORY)) {
            versioned.put(table, List.copyOf(tableColumns));
          }
        });
    return Map.copyOf(versioned);
  }

  private static String currentSchema(DatabaseMetaData metadata) throws SQLException {
    return metadata.getConnection().getSchema();
  }
}
