package uk.partnershipledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.events.GovernanceEvent;
import uk.partnershipledger.events.organisation.OrganisationEvent.OrganisationRegistered;
import uk.partnershipledger.events.organisation.OrganisationId;
import uk.partnershipledger.events.organisation.OrganisationKind;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnershipFormed;
import uk.partnershipledger.events.partnership.PartnershipId;
import uk.partnershipledger.query.History;
import uk.partnershipledger.query.Http;

/**
 * The whole intake against a real broker (embedded KRaft) and real HTTP: CloudEvents produced
 * exactly as the command side produces them, read models asked over HTTP. One Spring context and
 * one broker for every test here (STACK.md, trap 8).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.datasource.url=jdbc:h2:mem:kafka-intake;DB_CLOSE_DELAY=-1",
      "ledger.intake.retry.max-interval=1s"
    })
@EmbeddedKafka(partitions = 3, topics = "governance.events")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaIntakeTest {

  private static final String TOPIC = "governance.events";
  private static final String DEAD_LETTERS = "governance.events.dlt";
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final LocalDate FORMED = LocalDate.of(2018, 4, 1);
  private static final String ON = "2021-04-01";

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final JsonMapper json = JsonMapper.builder().build();
  private final History history = new History();
  private KafkaProducer<String, CloudEvent> producer;
  private KafkaProducer<String, byte[]> rawProducer;
  private Http http;

  @BeforeAll
  void connect() {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
    rawProducer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  void disconnect() {
    producer.close();
    rawProducer.close();
  }

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void a_partner_published_on_kafka_is_answered_over_http() {
    OrganisationId dcc = OrganisationId.newId();
    PartnershipId cdcp = PartnershipId.newId();

    publish(
        history.record(
            new OrganisationRegistered(
                dcc, "Durham County Council", OrganisationKind.LOCAL_AUTHORITY, true, FORMED)));
    publish(history.record(formed(cdcp)));
    publish(history.record(new PartnerJoined(cdcp, dcc, FORMED)));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode partners = partnersOn(cdcp);
              assertThat(partners.size()).isEqualTo(1);
              assertThat(partners.get(0).get("organisationId").asString())
                  .isEqualTo(dcc.toString());
              assertThat(partners.get(0).get("name").asString()).isEqualTo("Durham County Council");
              assertThat(partners.get(0).get("since").asString()).isEqualTo("2018-04-01");
            });
  }

  @Test
  void an_event_delivered_twice_is_applied_once() {
    PartnershipId cdcp = PartnershipId.newId();
    OrganisationId dcc = OrganisationId.newId();
    OrganisationId ccg = OrganisationId.newId();
    publish(history.record(formed(cdcp)));
    RecordedEvent joined = history.record(new PartnerJoined(cdcp, dcc, FORMED));
    publish(joined);
    publish(joined);
    // Same key, so same partition: once this one shows, both copies before it have been handled.
    publish(history.record(new PartnerJoined(cdcp, ccg, FORMED)));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> assertThat(organisationIds(partnersOn(cdcp))).contains(ccg.toString()));
    assertThat(organisationIds(partnersOn(cdcp)))
        .containsExactlyInAnyOrder(dcc.toString(), ccg.toString());
    assertThat(
            jdbc.queryForObject(
                "select last_sequence from projection_position where aggregate_id = ?",
                Long.class,
                cdcp.toString()))
        .isEqualTo(2);
    assertThat(
            jdbc.query(
                "select actor, on_behalf_of, reason from event_log where event_id = ?",
                (rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                joined.eventId()))
        .as("logged once, with who recorded it, for whom and why from the CloudEvents extensions")
        .containsExactly(
            List.of(
                "governance.officer@durham.gov.uk", "durham-county-council", "KafkaIntakeTest"));
  }

  @Test
  void unreadable_messages_are_dead_lettered_with_a_reason_and_the_partition_moves_on() {
    PartnershipId cdcp = PartnershipId.newId();
    String key = cdcp.toString();
    RecordedEvent formed = history.record(formed(cdcp));

    // Not a CloudEvent at all: the deserialiser rejects it.
    send(rawProducer, new ProducerRecord<>(TOPIC, key, "garbage".getBytes(StandardCharsets.UTF_8)));
    // A CloudEvent of a type nobody published.
    publish(formed, "partnership.renamed.v1", body(formed.event()));
    // A known type whose body is not its JSON.
    publish(formed, formed.type(), "{\"partnershipId\": 42".getBytes(StandardCharsets.UTF_8));
    // Then good events on the same partition.
    publish(formed);
    publish(history.record(new PartnerJoined(cdcp, OrganisationId.newId(), FORMED)));

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(partnersOn(cdcp).size()).isEqualTo(1));
    List<ConsumerRecord<String, byte[]>> deadLetters =
        await()
            .atMost(PATIENCE)
            .until(() -> deadLettersWithKey(key), letters -> letters.size() == 3);

    assertThat(header(deadLetters.get(0), KafkaHeaders.DLT_EXCEPTION_FQCN))
        .contains("DeserializationException");
    assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("garbage");
    assertThat(header(deadLetters.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
        .contains("unknown type 'partnership.renamed.v1'");
    assertThat(header(deadLetters.get(1), "ce_type")).isEqualTo("partnership.renamed.v1");
    assertThat(header(deadLetters.get(2), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
        .contains("not a partnership.formed.v1 in JSON");
    assertThat(new String(deadLetters.get(2).value(), StandardCharsets.UTF_8))
        .isEqualTo("{\"partnershipId\": 42");
    assertThat(deadLetters)
        .allSatisfy(
            letter -> assertThat(header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPIC));
  }

  @Test
  void a_database_failure_is_retried_until_it_passes_and_nothing_is_dead_lettered() {
    PartnershipId cdcp = PartnershipId.newId();
    publish(history.record(formed(cdcp)));
    await().atMost(PATIENCE).until(() -> http.get("/partnerships/" + cdcp).status() == 200);

    jdbc.execute("alter table partner_tenure rename to partner_tenure_away");
    try {
      publish(history.record(new PartnerJoined(cdcp, OrganisationId.newId(), FORMED)));
      // Several attempts fail meanwhile (back-off from 0.5 s); none may give the event up.
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(() -> deadLettersWithKey(cdcp.toString()).isEmpty());
    } finally {
      jdbc.execute("alter table partner_tenure_away rename to partner_tenure");
    }

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(partnersOn(cdcp).size()).isEqualTo(1));
    assertThat(deadLettersWithKey(cdcp.toString())).isEmpty();
  }

  @Test
  void kafka_health_reports_the_cluster() {
    JsonNode kafka = http.get("/actuator/health").json().get("components").get("kafka");

    assertThat(kafka.get("status").asString()).isEqualTo("UP");
    assertThat(kafka.get("details").get("clusterId").asString()).isNotBlank();
    assertThat(kafka.get("details").get("nodes").asInt()).isEqualTo(1);
  }

  private static PartnershipFormed formed(PartnershipId id) {
    return new PartnershipFormed(id, "County Durham Care Partnership", "County Durham", FORMED);
  }

  private void publish(RecordedEvent recorded) {
    publish(recorded, recorded.type(), body(recorded.event()));
  }

  /** As command-service's CloudEventMapper writes it; binary mode is the serialiser's default. */
  private void publish(RecordedEvent recorded, String type, byte[] body) {
    CloudEvent cloudEvent =
        CloudEventBuilder.v1()
            .withId(recorded.eventId().toString())
            .withType(type)
            .withSource(URI.create("/partnership-ledger/command-service"))
            .withTime(OffsetDateTime.now(ZoneOffset.UTC))
            .withSubject(recorded.aggregateId())
            .withDataContentType("application/json")
            .withExtension("effectivedate", recorded.event().effectiveDate().toString())
            .withExtension("aggregatetype", recorded.aggregateType())
            .withExtension("aggregatesequence", Long.toString(recorded.aggregateSequence()))
            .withExtension("actor", "governance.officer@durham.gov.uk")
            .withExtension("onbehalfof", "durham-county-council")
            .withExtension("reason", "KafkaIntakeTest")
            .withData(body)
            .build();
    send(producer, new ProducerRecord<>(TOPIC, recorded.aggregateId(), cloudEvent));
  }

  private static <V> void send(
      KafkaProducer<String, V> producer, ProducerRecord<String, V> record) {
    try {
      producer.send(record).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to the embedded broker", e);
    }
  }

  private byte[] body(GovernanceEvent event) {
    return json.writeValueAsBytes(event);
  }

  private JsonNode partnersOn(PartnershipId partnership) {
    Http.Response response = http.get("/partnerships/" + partnership + "/partners?on=" + ON);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("partners");
  }

  private static List<String> organisationIds(JsonNode partners) {
    return partners.valueStream().map(p -> p.get("organisationId").asString()).toList();
  }

  /** Everything on the dead-letter topic so far with the key, in the order it was written. */
  private List<ConsumerRecord<String, byte[]>> deadLettersWithKey(String key) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(DEAD_LETTERS, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      }
      found.sort(
          Comparator.comparingLong(
              (ConsumerRecord<String, byte[]> r) ->
                  Long.parseLong(header(r, KafkaHeaders.DLT_ORIGINAL_OFFSET))));
      return found;
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    if (header == null) {
      return null;
    }
    // Spring Kafka writes the original offset as an 8-byte long, the rest as UTF-8 text.
    if (name.equals(KafkaHeaders.DLT_ORIGINAL_OFFSET)) {
      return Long.toString(ByteBuffer.wrap(header.value()).getLong());
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
