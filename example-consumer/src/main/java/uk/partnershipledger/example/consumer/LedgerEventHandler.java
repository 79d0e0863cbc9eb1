package uk.partnershipledger.example.consumer;

/**
 * What a team does with each event: update its own records, send a notification. Called once per
 * event id (see {@link ProcessedEvents}), one event at a time, in each aggregate's order.
 *
 * <p>Throw {@link UnreadableEvent} for an event that can never be handled; any other exception
 * stops the consumer without committing, so the event is read again when it restarts.
 */
@FunctionalInterface
public interface LedgerEventHandler {

  void handle(LedgerEvent event);
}
