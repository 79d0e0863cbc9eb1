package uk.partnershipledger.example.consumer;

/**
 * Which events have had their effect: Kafka delivers at least once, so the same event (the same
 * CloudEvents {@code id}) can arrive again, after a crash before the offset was committed, a
 * rebalance, or a second publication by the ledger.
 *
 * <p>A production consumer keeps this in its own database, in the same transaction as the effect:
 * insert the event id into a table with a unique key and apply the effect, then commit both; a
 * duplicate id means the event was processed and the effect is skipped. Kept anywhere else (in
 * memory, in another store), a crash between the two would apply an event twice or lose it.
 */
public interface ProcessedEvents {

  /**
   * Applies the effect unless this event was processed before, and remembers that it was.
   *
   * @return true if the effect was applied now, false if the event was a duplicate
   */
  boolean processOnce(LedgerEvent event, Runnable effect);
}
