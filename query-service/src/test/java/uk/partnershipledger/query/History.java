package uk.partnershipledger.query;

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
        event);
  }

  public static String aggregateIdOf(GovernanceEvent event) {
    return EventCatalogue.aggregateIdOf(event);
  }
}
