package uk.partnershipledger.query.intake;

import java.time.OffsetDateTime;
import java.util.UUID;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * One governance event as the query side receives it: the event itself and the envelope the command
 * side recorded it with.
 *
 * @param eventId the event's id, the same on every delivery of it
 * @param type the logical name and revision, such as {@code partnership.partner-joined.v1}
 * @param aggregateId the id of the organisation or partnership the event belongs to
 * @param aggregateType {@code organisation} or {@code partnership}
 * @param aggregateSequence the event's 0-based position in its aggregate's history
 * @param recordedAt when the ledger recorded the event, as opposed to its effective date
 * @param event the event
 * @param actor who recorded it (the command's {@code X-Actor}); null if the envelope did not say
 * @param onBehalfOf the organisation the actor acted for ({@code X-On-Behalf-Of}); null if unsaid
 * @param reason why it was recorded, as the command gave it; null if unsaid
 */
public record RecordedEvent(
    UUID eventId,
    String type,
    String aggregateId,
    String aggregateType,
    long aggregateSequence,
    OffsetDateTime recordedAt,
    GovernanceEvent event,
    String actor,
    String onBehalfOf,
    String reason) {

  /** An event whose envelope does not say who recorded it, for whom or why. */
  public RecordedEvent(
      UUID eventId,
      String type,
      String aggregateId,
      String aggregateType,
      long aggregateSequence,
      OffsetDateTime recordedAt,
      GovernanceEvent event) {
    this(
        eventId,
        type,
        aggregateId,
        aggregateType,
        aggregateSequence,
        recordedAt,
        event,
        null,
        null,
        null);
  }

  /**
   * Returns a field a projection cannot do without. An event without it cannot be projected however
   * often it is tried, so it is unreadable rather than a failure worth retrying.
   */
  public <T> T require(T value, String field) {
    if (value == null) {
      throw new UnreadableEvent(type + " event " + eventId + " has no " + field);
    }
    return value;
  }

  /** How logs and errors name the event: its type, id and place in its aggregate's history. */
  String describe() {
    return type
        + " event "
        + eventId
        + " (aggregate "
        + aggregateId
        + ", sequence "
        + aggregateSequence
        + ")";
  }
}
