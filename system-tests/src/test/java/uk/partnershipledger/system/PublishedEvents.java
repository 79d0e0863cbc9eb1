package uk.partnershipledger.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads {@code governance.events} as a stock CloudEvents consumer would (the SDK's deserialiser,
 * nothing of the ledger's), and checks a body against the schema its {@code dataschema} names, as
 * shipped in the shared-events jar under {@code schemas/}.
 */
final class PublishedEvents {

  private static final String TOPIC = "governance.events";
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> BY_TYPE = new ConcurrentHashMap<>();

  private PublishedEvents() {}

  /**
   * Waits until the command service says it has published every event it stored (its {@code kafka}
   * health component's {@code unpublishedEvents}), so that the topic holds all of them.
   */
  static void awaitAllPublished(String commandServiceUrl) {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    Awaitility.await("every stored event published")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              String health =
                  http.send(
                          HttpRequest.newBuilder(URI.create(commandServiceUrl + "/actuator/health"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body();
              return json.readTree(health)
                      .at("/components/kafka/details/unpublishedEvents")
                      .asLong(-1)
                  == 0;
            });
  }

  /** Every event on the topic now, in partition order. */
  static List<CloudEvent> readAll(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "schema-check-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<CloudEvent> events = new ArrayList<>();
    try (KafkaConsumer<String, CloudEvent> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(TOPIC).stream()
              .map(p -> new TopicPartition(TOPIC, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + TOPIC + " to its end in 60 s");
        }
        consumer.poll(Duration.ofMillis(500)).forEach(record -> events.add(record.value()));
      }
    }
    return events;
  }

  /** What the checked-in schema of the event's type finds wrong with its body. */
  static List<Error> schemaErrors(CloudEvent event) {
    Schema schema = BY_TYPE.computeIfAbsent(event.getType(), PublishedEvents::load);
    return schema.validate(
        new String(event.getData().toBytes(), StandardCharsets.UTF_8),
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  private static Schema load(String type) {
    String path = "schemas/" + type + ".schema.json";
    try (InputStream in = PublishedEvents.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no checked-in schema " + path + " in shared-events");
      }
      return SCHEMAS.getSchema(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
