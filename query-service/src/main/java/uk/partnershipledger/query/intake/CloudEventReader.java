package uk.partnershipledger.query.intake;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventRevisions;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * Reads a CloudEvent written by the command side's publisher into a {@link RecordedEvent}.
 *
 * <p>The event class comes from the CloudEvents {@code type} through {@link EventCatalogue}, never
 * from a class name on the wire (STACK.md, trap 10). Anything that does not fit the contract is an
 * {@link UnreadableEvent}, which goes to the dead-letter topic instead of being retried.
 */
@Component
class CloudEventReader {

  /** The CloudEvents extensions of the contract (command-service's {@code CloudEventMapper}). */
  static final String AGGREGATE_TYPE = "aggregatetype";

  static final String AGGREGATE_SEQUENCE = "aggregatesequence";

  static final String ACTOR = "actor";

  static final String ON_BEHALF_OF = "onbehalfof";

  static final String REASON = "reason";

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final JsonMapper json;

  CloudEventReader(JsonMapper json) {
    // Published events only ever gain fields (STYLE.md, "Only additive changes"): a field this
    // service does not know yet is ignored, whatever the web layer's Jackson settings say.
    // Amounts stay exact through a retired revision's map: a double would round them.
    this.json =
        json.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  RecordedEvent read(CloudEvent cloudEvent) {
    if (cloudEvent == null) {
      throw new UnreadableEvent("the message has no CloudEvent in it");
    }
    String type = cloudEvent.getType();
    if (type == null || type.isBlank()) {
      throw new UnreadableEvent("CloudEvent " + cloudEvent.getId() + " has no type");
    }
    // A retired revision (ADR 15) is read as the current one, lifted by the steps the command side
    // uses too; the read model then holds one revision whichever was on the topic, so a rebuild
    // from the topic and one from a republished store agree.
    Optional<EventCatalogue.Entry> current = EventCatalogue.byQualifiedType(type);
    Optional<EventRevisions.Retired> retired =
        current.isPresent() ? Optional.empty() : EventRevisions.retired(type);
    EventCatalogue.Entry entry =
        current
            .or(() -> retired.flatMap(r -> EventCatalogue.byName(r.name())))
            .orElseThrow(
                () ->
                    new UnreadableEvent(
                        "CloudEvent "
                            + cloudEvent.getId()
                            + " has the unknown type '"
                            + type
                            + "'"));
    String where = type + " event " + cloudEvent.getId();
    UUID eventId = eventId(cloudEvent, where);
    String aggregateId = cloudEvent.getSubject();
    if (aggregateId == null || aggregateId.isBlank()) {
      throw new UnreadableEvent(where + " has no subject (aggregate id)");
    }
    OffsetDateTime recordedAt = cloudEvent.getTime();
    if (recordedAt == null) {
      throw new UnreadableEvent(where + " has no time (when it was recorded)");
    }
    Object aggregateType = cloudEvent.getExtension(AGGREGATE_TYPE);
    if (aggregateType != null && !entry.aggregateType().equals(aggregateType.toString())) {
      throw new UnreadableEvent(
          where
              + " says its aggregate type is '"
              + aggregateType
              + "', but "
              + type
              + " belongs to '"
              + entry.aggregateType()
              + "'");
    }
    return new RecordedEvent(
        eventId,
        entry.qualifiedType(),
        aggregateId,
        entry.aggregateType(),
        sequence(cloudEvent, where),
        recordedAt,
        body(cloudEvent, entry, retired, where),
        optional(cloudEvent, ACTOR),
        optional(cloudEvent, ON_BEHALF_OF),
        optional(cloudEvent, REASON));
  }

  /**
   * An extension the audit trail shows but no projection needs: an event without it is still
   * projected, and the trail says it was not given.
   */
  private static String optional(CloudEvent cloudEvent, String extension) {
    Object value = cloudEvent.getExtension(extension);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static UUID eventId(CloudEvent cloudEvent, String where) {
    try {
      return UUID.fromString(cloudEvent.getId());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnreadableEvent(where + " does not have a UUID as its id", e);
    }
  }

  private static long sequence(CloudEvent cloudEvent, String where) {
    Object value = cloudEvent.getExtension(AGGREGATE_SEQUENCE);
    if (value == null) {
      throw new UnreadableEvent(where + " has no " + AGGREGATE_SEQUENCE + " extension");
    }
    try {
      long sequence = Long.parseLong(value.toString().strip());
      if (sequence < 0) {
        throw new NumberFormatException("negative");
      }
      return sequence;
    } catch (NumberFormatException e) {
      throw new UnreadableEvent(
          where
              + " has '"
              + value
              + "' as its "
              + AGGREGATE_SEQUENCE
              + "; expected a whole number from 0",
          e);
    }
  }

  private GovernanceEvent body(
      CloudEvent cloudEvent,
      EventCatalogue.Entry entry,
      Optional<EventRevisions.Retired> retired,
      String where) {
    String contentType = cloudEvent.getDataContentType();
    if (contentType != null && !contentType.toLowerCase().contains("json")) {
      throw new UnreadableEvent(where + " has content type '" + contentType + "', not JSON");
    }
    CloudEventData data = cloudEvent.getData();
    if (data == null) {
      throw new UnreadableEvent(where + " has no body");
    }
    GovernanceEvent event;
    try {
      event =
          retired.isPresent()
              ? lifted(data.toBytes(), retired.get(), entry)
              : json.readValue(data.toBytes(), entry.eventClass());
    } catch (JacksonException e) {
      throw new UnreadableEvent(
          where
              + " has a body that is not a "
              + entry.qualifiedType()
              + " in JSON: "
              + e.getOriginalMessage(),
          e);
    }
    if (event == null) {
      throw new UnreadableEvent(where + " has an empty body");
    }
    return event;
  }

  private GovernanceEvent lifted(
      byte[] body, EventRevisions.Retired retired, EventCatalogue.Entry current) {
    Map<String, Object> old = json.readValue(body, OBJECT);
    if (old == null) {
      return null;
    }
    return json.convertValue(
        EventRevisions.toCurrent(retired.name(), retired.revision(), old), current.eventClass());
  }
}
