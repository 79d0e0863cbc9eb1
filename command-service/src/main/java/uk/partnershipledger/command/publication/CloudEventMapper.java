package uk.partnershipledger.command.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import uk.partnershipledger.command.api.CommandIssuer;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * Turns a stored event into the CloudEvent consumers see on Kafka.
 *
 * <p>The standard attributes carry the envelope ({@code id} = event id, {@code type} = logical name
 * and revision, {@code time} = when recorded, {@code subject} = aggregate id, {@code dataschema} =
 * the {@code $id} of the body's checked-in JSON Schema); extensions carry what an auditor needs
 * without parsing the body: the effective date, the aggregate's type and sequence, and who recorded
 * the act, for whom and why.
 */
final class CloudEventMapper {

  static final String EFFECTIVE_DATE = "effectivedate";
  static final String AGGREGATE_TYPE = "aggregatetype";
  static final String AGGREGATE_SEQUENCE = "aggregatesequence";
  static final String ACTOR = "actor";
  static final String ON_BEHALF_OF = "onbehalfof";
  static final String REASON = "reason";

  private final ObjectMapper json;
  private final URI source;

  CloudEventMapper(ObjectMapper json, URI source) {
    this.json = json;
    this.source = source;
  }

  CloudEvent toCloudEvent(GovernanceEvent event, DomainEventMessage<?> message) {
    EventCatalogue.Entry type = EventCatalogue.of(event.getClass());
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(message.getIdentifier())
            .withType(type.qualifiedType())
            .withSource(source)
            .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
            .withSubject(message.getAggregateIdentifier())
            .withDataContentType("application/json")
            .withDataSchema(type.schemaId())
            .withExtension(EFFECTIVE_DATE, event.effectiveDate().toString())
            .withExtension(AGGREGATE_TYPE, type.aggregateType())
            .withExtension(AGGREGATE_SEQUENCE, Long.toString(message.getSequenceNumber()))
            .withData(body(event));
    metadata(message, CommandIssuer.ACTOR).ifPresent(v -> builder.withExtension(ACTOR, v));
    metadata(message, CommandIssuer.ON_BEHALF_OF)
        .ifPresent(v -> builder.withExtension(ON_BEHALF_OF, v));
    metadata(message, CommandIssuer.REASON).ifPresent(v -> builder.withExtension(REASON, v));
    return builder.build();
  }

  private byte[] body(GovernanceEvent event) {
    try {
      return json.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
    }
  }

  private static Optional<String> metadata(DomainEventMessage<?> message, String key) {
    Object value = message.getMetaData().get(key);
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }
}
