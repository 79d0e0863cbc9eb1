package uk.partnershipledger.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.query.intake.RecordedEvent;

/**
 * Records events as the command side's event store would: each aggregate's events numbered 0, 1, 2,
 * ..., each with a fresh id and a later recording time than the one before.
 */
public final class History {

  private final Map<String, Long> nextSequence = new HashMap<>();
  private OffsetDateTime clock = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  private String actor;
  private String onBehalfOf;
  private String reason;

  /**
   * Records the events that follow as issued by this actor, for this organisation, for this reason.
   */
  public History by(String actor, String onBehalfOf, String reason) {
    this.actor = actor;
    this.onBehalfOf = onBehalfOf;
    this.reason = reason;
    return this;
  }

  public RecordedEvent record(GovernanceEvent event) {
    String aggregateId = aggregateIdOf(event);
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    return at(sequence, event);
  }

  /** An event with the sequence number given, whatever came before: for gaps. */
  public RecordedEvent at(long sequence, GovernanceEvent event) {
    clock = clock.plus(1, ChronoUnit.SECONDS);
    EventCatalogue.Entry entry = EventCatalogue.of(event.getClass());
    return new RecordedEvent(
        UUID.randomUUID(),
        entry.qualifiedType(),
        aggregateIdOf(event),
        entry.aggregateType(),
        sequence,
        clock,
        event,
        actor,
        onBehalfOf,
        reason);
  }

  /** The instant the ledger recorded the event: asRecordedAt at it sees the event. */
  public static Instant recordingOf(RecordedEvent event) {
    return event.recordedAt().toInstant();
  }

  /**
   * The last instant the databases can tell apart from the event's recording, a microsecond before
   * it: asRecordedAt then does not see the event.
   */
  public static Instant justBefore(RecordedEvent event) {
    return recordingOf(event).minusNanos(1_000);
  }

  public static String aggregateIdOf(GovernanceEvent event) {
    return EventCatalogue.aggregateIdOf(event);
  }
}
