package uk.partnershipledger.command.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventRevisions;
import uk.partnershipledger.events.EventRevisions.Retired;

/**
 * Lifts an event stored in a retired revision to the revision the ledger writes now, as Axon reads
 * it from the event store, so that aggregates and the Kafka publisher only ever see current events
 * (ADR 15). The steps themselves live in {@link EventRevisions}, shared with the query side, which
 * meets the same old revisions on the topic.
 *
 * <p>Axon stores the payload's class name and the contract's revision ({@link
 * AxonConfiguration#revisionResolver()}); the class name maps to the logical name through {@link
 * EventCatalogue}. Axon picks this bean up as an upcaster of its event store.
 */
@Component
class RetiredRevisionUpcaster extends SingleEventUpcaster {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  /** Amounts stay exact through the map: a double would round a limit of £1,000,000.01. */
  private static final ObjectMapper JSON =
      LedgerJson.objectMapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * Every retired revision by the type Axon stores for it (class name and revision), worked out
   * once: {@link #canUpcast} runs for every event read from the store.
   */
  private final Map<SerializedType, Retired> retiredByStoredType =
      EventRevisions.retired().stream()
          .collect(
              Collectors.toMap(
                  retired ->
                      new SimpleSerializedType(
                          EventCatalogue.byName(retired.name())
                              .orElseThrow()
                              .eventClass()
                              .getName(),
                          String.valueOf(retired.revision())),
                  retired -> retired));

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
    return retiredByStoredType.containsKey(key(intermediateRepresentation.getType()));
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation intermediateRepresentation) {
    SerializedType stored = intermediateRepresentation.getType();
    Retired retired = retiredByStoredType.get(key(stored));
    EventCatalogue.Entry current = EventCatalogue.byName(retired.name()).orElseThrow();
    return intermediateRepresentation.upcastPayload(
        new SimpleSerializedType(stored.getName(), String.valueOf(current.revision())),
        JsonNode.class,
        payload ->
            JSON.valueToTree(
                EventRevisions.toCurrent(retired.name(), retired.revision(), read(payload))));
  }

  /** The stored type as a plain value, whatever implementation the store handed out. */
  private static SerializedType key(SerializedType stored) {
    return new SimpleSerializedType(stored.getName(), stored.getRevision());
  }

  private static Map<String, Object> read(JsonNode payload) {
    try {
      return JSON.readerFor(OBJECT).readValue(payload);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored event is not a JSON object", e);
    }
  }
}
