package uk.partnershipledger.query.bitemporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Given rows written while the recording time is set, as the intake sets it for each event, then
 * the table and its history: the triggers of V21 on each database. body_parent stands for every
 * versioned table (VersionedSchemaTest sees that they all have the trigger).
 */
abstract class VersioningTriggerTest {

  private static final OffsetDateTime T1 =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 1, 0, ZoneOffset.UTC);
  private static final OffsetDateTime T2 = T1.plusSeconds(1);
  private static final OffsetDateTime T3 = T1.plusSeconds(2);

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired RecordingTime recordingTime;

  private final UUID body = UUID.randomUUID();
  private final UUID parent = UUID.randomUUID();
  private final UUID otherParent = UUID.randomUUID();

  @Test
  void an_inserted_row_is_recorded_from_the_event_s_recording_time() {
    during(T1, () -> insert(parent));

    assertThat(recordedFrom()).isEqualTo(T1);
    assertThat(history()).isEmpty();
  }

  @Test
  void an_update_keeps_the_old_row_in_the_history_until_the_update_was_recorded() {
    during(T1, () -> insert(parent));
    during(T2, this::moveToOtherParent);

    assertThat(recordedFrom()).isEqualTo(T2);
    assertThat(history()).singleElement().satisfies(row -> assertVersion(row, parent, T1, T2));
  }

  @Test
  void a_deleted_row_is_kept_in_the_history_until_the_deletion_was_recorded() {
    during(T1, () -> insert(parent));
    during(T2, () -> jdbc.update("delete from body_parent where body_id = ?", body));

    assertThat(jdbc.queryForList("select * from body_parent where body_id = ?", body)).isEmpty();
    assertThat(history()).singleElement().satisfies(row -> assertVersion(row, parent, T1, T2));
  }

  @Test
  void a_row_changed_twice_by_one_event_keeps_no_version_that_no_instant_could_see() {
    during(
        T1,
        () -> {
          insert(parent);
          moveToOtherParent();
        });

    assertThat(recordedFrom()).isEqualTo(T1);
    assertThat(history()).isEmpty();
  }

  @Test
  void a_change_recorded_before_the_row_counts_as_recorded_with_the_row_never_earlier() {
    during(T2, () -> insert(parent));
    during(T1, this::moveToOtherParent);
    during(T3, () -> jdbc.update("delete from body_parent where body_id = ?", body));

    // The parent T1 wrote holds from T2, the row's own time: recording intervals never run back.
    assertThat(history()).singleElement().satisfies(row -> assertVersion(row, otherParent, T2, T3));
  }

  @Test
  void a_change_made_outside_an_event_counts_as_recorded_when_made() {
    OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
    transaction.executeWithoutResult(status -> insert(parent));

    assertThat(recordedFrom()).isAfter(before);
  }

  private void during(OffsetDateTime recordedAt, Runnable work) {
    transaction.executeWithoutResult(status -> recordingTime.during(recordedAt, work));
  }

  private void insert(UUID parentBody) {
    jdbc.update(
        "insert into body_parent (body_id, parent_body_id) values (?, ?)", body, parentBody);
  }

  private void moveToOtherParent() {
    jdbc.update("update body_parent set parent_body_id = ? where body_id = ?", otherParent, body);
  }

  private OffsetDateTime recordedFrom() {
    return jdbc.queryForObject(
            "select recorded_from from body_parent where body_id = ?", OffsetDateTime.class, body)
        .withOffsetSameInstant(ZoneOffset.UTC);
  }

  private List<Map<String, Object>> history() {
    return jdbc.queryForList(
        "select parent_body_id, recorded_from, superseded_at from body_parent_history"
            + " where body_id = ? order by recorded_from",
        body);
  }

  private static void assertVersion(
      Map<String, Object> row, UUID parentBody, OffsetDateTime from, OffsetDateTime to) {
    assertThat(row.get("parent_body_id")).isEqualTo(parentBody);
    assertThat(utc(row.get("recorded_from"))).isEqualTo(from);
    assertThat(utc(row.get("superseded_at"))).isEqualTo(to);
  }

  private static OffsetDateTime utc(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
