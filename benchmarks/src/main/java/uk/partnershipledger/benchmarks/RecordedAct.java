package uk.partnershipledger.benchmarks;

import java.time.Instant;
import java.util.UUID;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.body.BodyEvent;
import uk.partnershipledger.events.mou.MouEvent;
import uk.partnershipledger.events.organisation.OrganisationEvent;
import uk.partnershipledger.events.partnership.PartnershipEvent;

/**
 * One synthetic event as the event store would have recorded it: its id, when it was recorded, and
 * its aggregate's sequence number (given when the history is put in recording order).
 */
record RecordedAct(UUID eventId, Instant recordedAt, long sequence, GovernanceEvent event) {

  String aggregateId() {
    return aggregateIdOf(event);
  }

  static String aggregateIdOf(GovernanceEvent event) {
    if (event instanceof OrganisationEvent organisation) {
      return organisation.organisationId().toString();
    }
    if (event instanceof PartnershipEvent partnership) {
      return partnership.partnershipId().toString();
    }
    if (event instanceof BodyEvent body) {
      return body.bodyId().toString();
    }
    if (event instanceof MouEvent mou) {
      return mou.mouId().toString();
    }
    throw new IllegalArgumentException(event.getClass() + " belongs to no known aggregate");
  }
}
