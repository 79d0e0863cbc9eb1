package uk.partnershipledger.example.consumer;

import io.cloudevents.CloudEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One governance event as this consumer uses it: the CloudEvents envelope read into plain fields,
 * and the body left as JSON bytes for whoever knows its type.
 *
 * @param id the event id: the same on every delivery of the event, so the key to de-duplicate by
 * @param type logical name and revision, such as {@code partnership.partner-joined.v1}
 * @param subject the aggregate id, also the Kafka key
 * @param recordedAt when the ledger recorded the act (CloudEvents {@code time})
 * @param effectiveDate when the act takes effect, which may be long before or after it was recorded
 * @param aggregateSequence the event's position in its aggregate's history, from 0
 * @param actor who recorded the act, or null if not given
 * @param onBehalfOf for which organisation, or null if not given
 * @param reason why, or null if not given
 * @param data the body: the event as JSON
 */
public record LedgerEvent(
    String id,
    String type,
    String subject,
    OffsetDateTime recordedAt,
    LocalDate effectiveDate,
    String aggregateType,
    long aggregateSequence,
    String actor,
    String onBehalfOf,
    String reason,
    byte[] data) {

  /** Reads the envelope; an event without what the contract promises is unreadable. */
  public static LedgerEvent from(CloudEvent event) {
    if (event == null) {
      throw new UnreadableEvent("the message is not a CloudEvent");
    }
    try {
      return new LedgerEvent(
          required(event.getId(), "id", event),
          required(event.getType(), "type", event),
          required(event.getSubject(), "subject", event),
          required(event.getTime(), "time", event),
          LocalDate.parse(requiredExtension(event, "effectivedate")),
          extension(event, "aggregatetype"),
          Long.parseLong(requiredExtension(event, "aggregatesequence")),
          extension(event, "actor"),
          extension(event, "onbehalfof"),
          extension(event, "reason"),
          event.getData() == null ? new byte[0] : event.getData().toBytes());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new UnreadableEvent("event " + event.getId() + ": " + e.getMessage(), e);
    }
  }

  /** The logical name without the revision: {@code partnership.partner-joined}. */
  public String name() {
    return type.substring(0, type.lastIndexOf(".v"));
  }

  private static String extension(CloudEvent event, String name) {
    Object value = event.getExtension(name);
    return value == null ? null : value.toString();
  }

  private static <T> T required(T value, String attribute, CloudEvent event) {
    if (value == null) {
      throw new UnreadableEvent("event " + event.getId() + " has no " + attribute);
    }
    return value;
  }

  private static String requiredExtension(CloudEvent event, String name) {
    return required(extension(event, name), name, event);
  }
}
