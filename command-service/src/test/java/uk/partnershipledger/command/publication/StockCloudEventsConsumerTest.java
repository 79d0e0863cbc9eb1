package uk.partnershipledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipledger.command.support.Http;
import uk.partnershipledger.command.support.SharedKafka;

/**
 * Issue 5 item 3: what the command service publishes after a real HTTP command is read by a stock
 * CloudEvents consumer: a plain {@link KafkaConsumer} with the SDK's {@link
 * CloudEventDeserializer}, nothing of the ledger on the reading side. And a consumer in any other
 * language, which sees only Kafka headers and bytes, finds the binary-mode header names of the
 * CloudEvents Kafka protocol binding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StockCloudEventsConsumerTest {

  private static final String TOPIC = "governance.events";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
    registry.add("ledger.data-dir", () -> "target/test-data");
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:stock-consumer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void
      given_an_organisation_registered_over_http_when_a_stock_consumer_reads_the_topic_then_every_attribute_is_there() {
    String id = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    Map<String, Object> stored =
        jdbc.queryForMap(
            "select event_identifier, time_stamp from domain_event_entry"
                + " where aggregate_identifier = ?",
            id);

    ConsumerRecord<String, CloudEvent> record = readFor(id, 1, new CloudEventDeserializer()).get(0);

    CloudEvent event = record.value();
    assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
    assertThat(event.getSpecVersion()).hasToString("1.0");
    assertThat(event.getId()).isEqualTo(stored.get("event_identifier"));
    assertThat(event.getSource()).hasToString("/partnership-ledger/command-service");
    assertThat(event.getType()).isEqualTo("organisation.registered.v1");
    // The time the event store recorded it, not the effective date and not the time of sending.
    assertThat(event.getTime().toInstant()).hasToString((String) stored.get("time_stamp"));
    assertThat(event.getSubject()).isEqualTo(id);
    assertThat(record.key()).isEqualTo(id);
    assertThat(event.getDataContentType()).isEqualTo("application/json");
    // Names the body's schema by the $id the checked-in file has, so a stock consumer can find it.
    assertThat(event.getDataSchema())
        .hasToString("urn:partnership-ledger:event-schema:organisation.registered.v1");
    // Exactly the documented extensions: a missing or an unexpected one fails here.
    Map<String, Object> extensions = new LinkedHashMap<>();
    event.getExtensionNames().forEach(name -> extensions.put(name, event.getExtension(name)));
    assertThat(extensions)
        .containsOnly(
            Map.entry("effectivedate", "1974-04-01"),
            Map.entry("aggregatetype", "organisation"),
            Map.entry("aggregatesequence", "0"),
            Map.entry("actor", "governance.officer@durham.gov.uk"),
            Map.entry("onbehalfof", "Durham County Council"),
            Map.entry("reason", "Party to the April 2017 MoU"));
    JsonNode data = JSON.readTree(event.getData().toBytes());
    assertThat(data.get("organisationId").asString()).isEqualTo(id);
    assertThat(data.get("name").asString()).isEqualTo("Durham County Council");
    assertThat(data.get("effectiveDate").asString()).isEqualTo("1974-04-01");
    assertThat(schemaErrors(event.getType(), event.getData().toBytes())).isEmpty();
  }

  @Test
  void
      given_a_partnership_formed_over_http_when_its_events_are_read_then_each_body_satisfies_the_checked_in_schema_of_its_type() {
    String dcc = register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    String ccg = register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    Http.Response formed =
        http.post(
            "/partnerships",
            """
            {"name": "County Durham Care Partnership", "place": "County Durham",
             "foundingPartners": ["%s", "%s"], "effectiveDate": "2018-04-01",
             "reason": "Integrated Governance Framework, April 2018"}"""
                .formatted(dcc, ccg));
    assertThat(formed.status()).isEqualTo(201);
    String cdcp = formed.json().get("partnershipId").asString();

    List<ConsumerRecord<String, CloudEvent>> records =
        readFor(cdcp, 3, new CloudEventDeserializer());

    assertThat(records)
        .extracting(r -> r.value().getType())
        .containsExactly(
            "partnership.formed.v1",
            "partnership.partner-joined.v1",
            "partnership.partner-joined.v1");
    for (ConsumerRecord<String, CloudEvent> record : records) {
      CloudEvent event = record.value();
      assertThat(schemaErrors(event.getType(), event.getData().toBytes()))
          .as("%s against schemas/%s.schema.json", event.getId(), event.getType())
          .isEmpty();
    }
  }

  @Test
  void
      given_a_published_event_when_read_as_plain_bytes_then_its_headers_are_the_binary_mode_names() {
    String id = register("Harrogate and District NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");

    ConsumerRecord<String, byte[]> record = readFor(id, 1, new ByteArrayDeserializer()).get(0);

    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    // Binary mode: the attributes are ce_-prefixed headers, datacontenttype is the plain
    // content-type header, and the value is the body alone, not a JSON envelope.
    assertThat(headers.keySet())
        .containsExactlyInAnyOrder(
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "ce_dataschema",
            "content-type",
            "ce_effectivedate",
            "ce_aggregatetype",
            "ce_aggregatesequence",
            "ce_actor",
            "ce_onbehalfof",
            "ce_reason");
    assertThat(headers)
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/partnership-ledger/command-service")
        .containsEntry("ce_type", "organisation.registered.v1")
        .containsEntry("ce_subject", id)
        .containsEntry("content-type", "application/json")
        .containsEntry("ce_effectivedate", "2004-01-01")
        .containsEntry("ce_aggregatetype", "organisation")
        .containsEntry("ce_aggregatesequence", "0");
    assertThat(UUID.fromString(headers.get("ce_id"))).isNotNull();
    // RFC 3339, as the binding requires, so any language's date parser reads it.
    DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(headers.get("ce_time"));
    JsonNode body = JSON.readTree(record.value());
    assertThat(body.has("specversion")).as("a structured-mode envelope").isFalse();
    assertThat(body.get("organisationId").asString()).isEqualTo(id);
  }

  private String register(String name, String kind, String established) {
    Http.Response response =
        http.post(
            "/organisations",
            """
            {"name": "%s", "kind": "%s", "effectiveDate": "%s",
             "reason": "Party to the April 2017 MoU"}"""
                .formatted(name, kind, established));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("organisationId").asString();
  }

  /**
   * The records of one aggregate, read from the beginning of the topic by a consumer of a new group
   * configured only with what any Kafka client has: bootstrap servers, a group and deserialisers.
   */
  private static <V> List<ConsumerRecord<String, V>> readFor(
      String aggregateId, int count, Deserializer<V> values) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "stock-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, V>> found = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), values)) {
      consumer.subscribe(List.of(TOPIC));
      Awaitility.await(count + " events of " + aggregateId + " on " + TOPIC)
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                  if (aggregateId.equals(record.key())) {
                    found.add(record);
                  }
                }
                return found.size() >= count;
              });
    }
    return found;
  }

  /** The schema as a consumer finds it: in the shared-events jar, under schemas/. */
  private static List<Error> schemaErrors(String type, byte[] body) {
    String path = "schemas/" + type + ".schema.json";
    try (InputStream in =
        StockCloudEventsConsumerTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Schema schema =
          SCHEMAS.getSchema(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      return schema.validate(
          new String(body, StandardCharsets.UTF_8),
          InputFormat.JSON,
          context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
