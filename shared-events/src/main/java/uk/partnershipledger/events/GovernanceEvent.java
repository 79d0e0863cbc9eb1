package uk.partnershipledger.events;

import java.time.LocalDate;

/**
 * Every governance act recorded by the ledger.
 *
 * <p>An event has two times. The effective date, carried here, is when the act takes effect in the
 * governed world, and may lie in the past or the future. The recorded time is when the ledger
 * learned of it: the event store assigns it at append, and it travels in the envelope (Axon's
 * timestamp, the CloudEvents {@code time} attribute), never in the payload a client could shape.
 *
 * <p>Not sealed: a sealed interface can only permit classes of its own package outside a named
 * module. Each aggregate's family is sealed instead, and {@link EventCatalogue} lists the families.
 */
public interface GovernanceEvent {

  LocalDate effectiveDate();
}
