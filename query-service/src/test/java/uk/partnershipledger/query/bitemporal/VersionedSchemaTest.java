package uk.partnershipledger.query.bitemporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read-model table is versioned (docs/adr/0010): it has recorded_from, a _history companion
 * with the same columns and types plus superseded_at, and a trigger before insert, update and
 * delete. A migration that adds a table or a column and forgets its history fails here.
 */
abstract class VersionedSchemaTest {

  /**
   * Not versioned, on purpose: the intake's bookkeeping (updated by every event, read by no query)
   * and Flyway's own.
   */
  // The event log is append-only: a row is never changed, so it has no earlier versions to keep,
  // and its recorded_at is the recording instant itself (ADR 11).
  static final Set<String> NOT_VERSIONED =
      Set.of("projection_position", "flyway_schema_history", "event_log", "event_entity");

  @Autowired JdbcTemplate jdbc;

  @Test
  void every_read_model_table_has_a_history_with_the_same_columns_and_superseded_at() {
    Map<String, Map<String, String>> tables = columns();
    List<String> faults = new ArrayList<>();
    tables.forEach(
        (table, columns) -> {
          if (table.endsWith("_history") || NOT_VERSIONED.contains(table)) {
            return;
          }
          if (!columns.containsKey("recorded_from")) {
            faults.add(table + " has no recorded_from");
          }
          Map<String, String> history = tables.get(table + "_history");
          if (history == null) {
            faults.add(table + " has no " + table + "_history");
            return;
          }
          Map<String, String> expected = new LinkedHashMap<>(columns);
          expected.put("superseded_at", columns.get("recorded_from"));
          if (!new HashMap<>(history).equals(expected)) {
            faults.add(table + "_history has " + history + ", not " + expected);
          }
        });
    assertThat(faults).isEmpty();
    assertThat(tables).containsKeys("body", "body_history", "delegation_terms_history");
  }

  @Test
  void every_read_model_table_has_a_versioning_trigger_before_insert_update_and_delete() {
    Map<String, Set<String>> events = new HashMap<>();
    jdbc.query(
        "select event_object_table, event_manipulation, action_timing"
            + " from information_schema.triggers",
        rs -> {
          if ("BEFORE".equalsIgnoreCase(rs.getString("action_timing"))) {
            Set<String> on =
                events.computeIfAbsent(
                    rs.getString("event_object_table").toLowerCase(Locale.ROOT),
                    t -> new HashSet<>());
            for (String event : rs.getString("event_manipulation").split(",")) {
              on.add(event.trim().toUpperCase(Locale.ROOT));
            }
          }
        });
    Set<String> missing = new TreeSet<>();
    columns().keySet().stream()
        .filter(table -> !table.endsWith("_history") && !NOT_VERSIONED.contains(table))
        .filter(
            table ->
                !events
                    .getOrDefault(table, Set.of())
                    .containsAll(Set.of("INSERT", "UPDATE", "DELETE")))
        .forEach(missing::add);
    assertThat(missing).isEmpty();
  }

  @Test
  void the_read_side_reads_every_versioned_table_and_nothing_else_as_recorded(
      @Autowired RecordedTables tables) {
    Set<String> versioned = new TreeSet<>(columns().keySet());
    versioned.removeIf(table -> table.endsWith("_history") || NOT_VERSIONED.contains(table));
    assertThat(new TreeSet<>(tables.versioned().keySet())).isEqualTo(versioned);
  }

  /** Each table of the current schema, with each column's type, all in lower case. */
  private Map<String, Map<String, String>> columns() {
    return jdbc.execute(
        (ConnectionCallback<Map<String, Map<String, String>>>)
            connection -> columns(connection.getMetaData(), connection.getSchema()));
  }

  private static Map<String, Map<String, String>> columns(DatabaseMetaData metadata, String schema)
      throws SQLException {
    Map<String, Map<String, String>> tables = new HashMap<>();
    try (ResultSet rs = metadata.getColumns(null, schema, null, null)) {
      while (rs.next()) {
        tables
            .computeIfAbsent(
                rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new LinkedHashMap<>())
            .put(
                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                    + "("
                    + rs.getInt("COLUMN_SIZE")
                    + ","
                    + rs.getInt("DECIMAL_DIGITS")
                    + ")");
      }
    }
    return tables;
  }
}
