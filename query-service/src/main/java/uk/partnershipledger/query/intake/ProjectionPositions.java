package uk.partnershipledger.query.intake;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The last event applied for each aggregate. Because the command side numbers each aggregate's
 * events 0, 1, 2, ... and Kafka keeps one aggregate's events in order, the last sequence number is
 * enough to recognise a redelivered or stale event.
 */
@Repository
class ProjectionPositions {

  private final JdbcTemplate jdbc;

  ProjectionPositions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Reads an aggregate's position and locks it until the transaction ends, so that two deliveries
   * of the same event (a consumer that lost its partition but has not noticed yet) cannot both pass
   * the check. The first event of an aggregate has no row to lock: there the primary key stops the
   * second insert, and its transaction is retried and then finds the event applied.
   */
  Optional<Long> lastSequenceOf(String aggregateId) {
    return jdbc
        .query(
            "select last_sequence from projection_position where aggregate_id = ? for update",
            (rs, row) -> rs.getLong("last_sequence"),
            aggregateId)
        .stream()
        .findFirst();
  }

  void start(RecordedEvent recorded, OffsetDateTime now) {
    jdbc.update(
        "insert into projection_position"
            + " (aggregate_id, aggregate_type, last_sequence, last_event_id, updated_at)"
            + " values (?, ?, ?, ?, ?)",
        recorded.aggregateId(),
        recorded.aggregateType(),
        recorded.aggregateSequence(),
        recorded.eventId(),
        now);
  }

  void advance(RecordedEvent recorded, OffsetDateTime now) {
    jdbc.update(
        "update projection_position set last_sequence = ?, last_event_id = ?, updated_at = ?"
            + " where aggregate_id = ?",
        recorded.aggregateSequence(),
        recorded.eventId(),
        now,
        recorded.aggregateId());
  }
}
