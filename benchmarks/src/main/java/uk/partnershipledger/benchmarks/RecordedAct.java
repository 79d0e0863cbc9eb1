package uk.partnershipledger.benchmarks;

import java.time.Instant;
import java.util.UUID;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * One synthetic event as the event store would have recorded it: its id, when it was recorded, and
 * its aggregate's sequence number (given when the history is put in recording order).
 */
record RecordedAct(UUID eventId, Instant recordedAt, long sequence, GovernanceEvent event) {

  String aggregateId() {
    return aggregateIdOf(event);
  }

  static String aggregateIdOf(GovernanceEvent event) {
    return EventCatalogue.aggregateIdOf(event);
  }
}
