package uk.partnershipledger.query.intake;

/**
 * Keeps every projected event as it came, whatever its type: the audit trail's source.
 *
 * <p>Called inside the intake's transaction, right after the event's projector and before its
 * position advances, so a journal sees each event exactly once and a redelivery never reaches it.
 * It lives outside the intake (in the read model that needs it) because the intake does not know
 * the read models.
 */
public interface EventJournal {

  void keep(RecordedEvent recorded);
}
