package uk.partnershipledger.query.bitemporal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * The read models' tables as the ledger stood at an instant, or as it stands now: the one way the
 * read models query (docs/adr/0010).
 *
 * <p>A read model writes its SQL against the tables as they are now. Given an instant, every {@code
 * from T} and {@code join T} naming a versioned table reads instead the rows recorded by then and
 * not yet superseded then, from the table and its history:
 *
 * <pre>
 * (select cols from T where recorded_from &lt;= R
 *  union all select cols from T_history where recorded_from &lt;= R and R &lt; superseded_at) T
 * </pre>
 *
 * Both branches are index look-ups on the keys the query filters by, so the cost grows with the
 * versions of the rows asked about, never with the length of the whole history.
 */
public final class AsRecorded {

  /** Words that may follow a table name and are not its alias. */
  private static final Set<String> NOT_AN_ALIAS =
      Set.of(
          "where",
          "left",
          "right",
          "inner",
          "outer",
          "full",
          "cross",
          "join",
          "on",
          "order",
          "group",
          "having",
          "union",
          "except",
          "intersect",
          "limit",
          "offset",
          "fetch",
          "for",
          "natural",
          "using",
          "window");

  /**
   * {@code from} or {@code join}, a table name, and its alias if one follows (a keyword that
   * follows is left alone, so that a {@code join} straight after a table is seen in turn).
   */
  private static final Pattern TABLE_REFERENCE =
      Pattern.compile(
          "(?i)(?<![\\w.])(from|join)(\\s+)([a-z_][a-z0-9_]*)"
              + "(?:(\\s+)(?:as\\s+)?(?!(?:"
              + String.join("|", NOT_AN_ALIAS)
              + ")\\b)([a-z_][a-z0-9_]*))?");

  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final JdbcTemplate jdbc;
  private final Instant at;
  private final Map<String, List<String>> versionedTables;

  AsRecorded(JdbcTemplate jdbc, Instant at, Map<String, List<String>> versionedTables) {
    this.jdbc = jdbc;
    this.at = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    this.versionedTables = versionedTables;
  }

  /** The instant asked about; empty for now. */
  public Optional<Instant> at() {
    return Optional.ofNullable(at);
  }

  /**
   * What to read the table from: the table itself now, or the subquery of its rows as recorded at
   * the instant.
   */
  public String source(String table) {
    List<String> columns = versionedTables.get(table.toLowerCase(Locale.ROOT));
    if (at == null || columns == null) {
      return table;
    }
    String instant = "timestamp with time zone '" + LITERAL.format(at) + "'";
    return "(select "
        + qualified(table, columns)
        + " from "
        + table
        + " where "
        + table
        + ".recorded_from <= "
        + instant
        + " union all select "
        + qualified(table + "_history", columns)
        + " from "
        + table
        + "_history where "
        + table
        + "_history.recorded_from <= "
        + instant
        + " and "
        + instant
        + " < "
        + table
        + "_history.superseded_at)";
  }

  /** The SQL with every versioned table it reads replaced by its {@link #source}. */
  public String sql(String sql) {
    if (at == null) {
      return sql;
    }
    Matcher reference = TABLE_REFERENCE.matcher(sql);
    StringBuilder rewritten = new StringBuilder();
    while (reference.find()) {
      String table = reference.group(3);
      String alias = reference.group(5);
      String replacement;
      if (!versionedTables.containsKey(table.toLowerCase(Locale.ROOT))) {
        replacement = reference.group();
      } else if (alias == null) {
        replacement = reference.group(1) + reference.group(2) + source(table) + " " + table;
      } else {
        replacement =
            reference.group(1) + reference.group(2) + source(table) + reference.group(4) + alias;
      }
      reference.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(rewritten);
    return rewritten.toString();
  }

  public <T> List<T> query(String sql, RowMapper<T> rows, Object... arguments) {
    return jdbc.query(sql(sql), rows, arguments);
  }

  public void query(String sql, RowCallbackHandler rows, Object... arguments) {
    jdbc.query(sql(sql), rows, arguments);
  }

  public <T> List<T> queryForList(String sql, Class<T> type, Object... arguments) {
    return jdbc.queryForList(sql(sql), type, arguments);
  }

  public <T> T queryForObject(String sql, RowMapper<T> row, Object... arguments) {
    return jdbc.queryForObject(sql(sql), row, arguments);
  }

  public <T> T queryForObject(String sql, Class<T> type, Object... arguments) {
    return jdbc.queryForObject(sql(sql), type, arguments);
  }

  private static String qualified(String table, List<String> columns) {
    return columns.stream().map(column -> table + "." + column).collect(Collectors.joining(", "));
  }
}
