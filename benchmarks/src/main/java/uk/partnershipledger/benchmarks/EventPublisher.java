package uk.partnershipledger.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.partnershipledger.events.EventCatalogue;

/**
 * Sends synthetic events to Kafka exactly as command-service's {@code publication/CloudEventMapper}
 * does: CloudEvents in binary mode, keyed by aggregate id, the envelope in the attributes and the
 * auditor's extensions (effective date, aggregate type and sequence, actor, on behalf of, reason).
 */
final class EventPublisher implements AutoCloseable {

  /** command-service's {@code ledger.publication.source}. */
  static final URI SOURCE = URI.create("/partnership-ledger/command-service");

  private final KafkaProducer<String, CloudEvent> producer;
  private final String topic;
  private final ObjectMapper json = LedgerEventJson.objectMapper();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  EventPublisher(String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Batches, not one request per event: the benchmark times the reader, not this writer.
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    this.producer = new KafkaProducer<>(config);
    this.topic = topic;
  }

  void publish(RecordedAct act) {
    Exception failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("Kafka refused an event", failed);
    }
    String aggregateId = act.aggregateId();
    producer.send(
        new ProducerRecord<>(topic, aggregateId, toCloudEvent(act)),
        (metadata, exception) -> {
          if (exception != null) {
            failure.compareAndSet(null, exception);
          }
        });
  }

  CloudEvent toCloudEvent(RecordedAct act) {
    EventCatalogue.Entry type = EventCatalogue.of(act.event().getClass());
    return CloudEventBuilder.v1()
        .withId(act.eventId().toString())
        .withType(type.qualifiedType())
        .withSource(SOURCE)
        .withTime(act.recordedAt().atOffset(ZoneOffset.UTC))
        .withSubject(act.aggregateId())
        .withDataContentType("application/json")
        .withDataSchema(type.schemaId())
        .withExtension("effectivedate", act.event().effectiveDate().toString())
        .withExtension("aggregatetype", type.aggregateType())
        .withExtension("aggregatesequence", Long.toString(act.sequence()))
        .withExtension("actor", "benchmark-generator")
        .withExtension("onbehalfof", "synthetic-history")
        .withExtension("reason", "as-of query benchmark")
        .withData(body(act))
        .build();
  }

  private byte[] body(RecordedAct act) {
    try {
      return json.writeValueAsBytes(act.event());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + act.event(), e);
    }
  }

  /** Waits until the broker has every event sent so far. */
  @Override
  public void close() {
    producer.flush();
    producer.close();
    Exception failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("Kafka refused an event", failed);
    }
  }
}
