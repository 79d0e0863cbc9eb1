package uk.partnershipledger.query.bitemporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a read model's SQL is turned into the same question as recorded at an instant. */
class AsRecordedTest {

  private static final Map<String, List<String>> VERSIONED =
      Map.of("body", List.of("body_id", "name"), "body_status", List.of("body_id", "status"));
  private static final Instant R = Instant.parse("2026-11-02T09:00:01.123456789Z");
  private static final String LITERAL =
      "timestamp with time zone '2026-11-02 09:00:01.123456+00:00'";

  private final AsRecorded now = new AsRecorded(null, null, VERSIONED);
  private final AsRecorded then = new AsRecorded(null, R, VERSIONED);

  @Test
  void now_the_sql_is_left_as_written() {
    String sql = "select b.name from body b join body_status s on s.body_id = b.body_id";

    assertThat(now.sql(sql)).isEqualTo(sql);
    assertThat(now.source("body")).isEqualTo("body");
    assertThat(now.at()).isEmpty();
  }

  @Test
  void then_a_table_is_read_from_its_rows_and_history_as_recorded_at_the_instant() {
    assertThat(then.source("body"))
        .isEqualTo(
            "(select body.body_id, body.name from body where body.recorded_from <= "
                + LITERAL
                + " union all select body_history.body_id, body_history.name from body_history"
                + " where body_history.recorded_from <= "
                + LITERAL
                + " and "
                + LITERAL
                + " < body_history.superseded_at)");
  }

  @Test
  void then_every_versioned_table_read_is_replaced_keeping_its_alias_or_its_name() {
    String sql =
        "select b.name, s.status from body b left join body_status as s on s.body_id = b.body_id"
            + " where exists (select 1 from body where body.body_id = b.body_id)"
            + " and b.valid_from <= ? and b.name not in (select name from projection_position)";

    assertThat(then.sql(sql))
        .isEqualTo(
            "select b.name, s.status from "
                + then.source("body")
                + " b left join "
                + then.source("body_status")
                + " s on s.body_id = b.body_id where exists (select 1 from "
                + then.source("body")
                + " body where body.body_id = b.body_id)"
                + " and b.valid_from <= ? and b.name not in (select name from projection_position)");
  }

  @Test
  void a_join_straight_after_a_table_without_an_alias_is_replaced_too() {
    assertThat(then.sql("select 1 from body join body_status on 1 = 1 where 1 = 1"))
        .isEqualTo(
            "select 1 from "
                + then.source("body")
                + " body join "
                + then.source("body_status")
                + " body_status on 1 = 1 where 1 = 1");
  }

  @Test
  void a_table_name_inside_another_word_is_not_a_table_read() {
    String sql = "select valid_from body from body_history join x.body on 1 = 1";

    assertThat(then.sql(sql)).isEqualTo(sql);
  }

  @Test
  void the_instant_is_cut_to_the_microseconds_the_databases_store() {
    assertThat(then.at()).contains(Instant.parse("2026-11-02T09:00:01.123456Z"));
  }
}
