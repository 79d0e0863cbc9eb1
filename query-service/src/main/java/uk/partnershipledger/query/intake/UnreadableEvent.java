package uk.partnershipledger.query.intake;

/**
 * A message that can never be projected as it stands: no or an unknown event type, a body that is
 * not the event's JSON, a missing envelope attribute. Retrying cannot help, so the message goes to
 * the dead-letter topic with this exception's message as its reason, and consumption goes on.
 */
public class UnreadableEvent extends RuntimeException {

  public UnreadableEvent(String reason) {
    super(reason);
  }

  public UnreadableEvent(String reason, Throwable cause) {
    super(reason, cause);
  }
}
