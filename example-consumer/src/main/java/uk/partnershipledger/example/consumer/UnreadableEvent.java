package uk.partnershipledger.example.consumer;

/**
 * A message that will fail the same way however often it is read: not a CloudEvent, no id, a body
 * that is not the JSON its type promises. Retrying it would block its partition for good, so the
 * consumer sets it aside and goes on.
 */
public class UnreadableEvent extends RuntimeException {

  public UnreadableEvent(String message) {
    super(message);
  }

  public UnreadableEvent(String message, Throwable cause) {
    super(message, cause);
  }
}
