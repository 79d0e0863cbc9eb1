package uk.partnershipledger.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipledger.events.contract.AsyncApiDocument.CHANNEL;
import static uk.partnershipledger.events.contract.AsyncApiDocument.DEAD_LETTER;
import static uk.partnershipledger.events.contract.AsyncApiDocument.DEAD_LETTER_CHANNEL;
import static uk.partnershipledger.events.contract.AsyncApiDocument.DEAD_LETTER_TOPIC;
import static uk.partnershipledger.events.contract.AsyncApiDocument.RECEIVE;
import static uk.partnershipledger.events.contract.AsyncApiDocument.RECEIVE_DEAD_LETTERS;
import static uk.partnershipledger.events.contract.AsyncApiDocument.TOPIC;

import com.asyncapi.bindings.kafka.v0._5_0.message.KafkaMessageBinding;
import com.asyncapi.schemas.asyncapi.AsyncAPISchema;
import com.asyncapi.schemas.asyncapi.Reference;
import com.asyncapi.schemas.asyncapi.multiformat.MultiFormatSchema;
import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.channel.Channel;
import com.asyncapi.v3._0_0.model.channel.message.Message;
import com.asyncapi.v3._0_0.model.operation.Operation;
import com.asyncapi.v3._0_0.model.operation.OperationAction;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.EventRevisions;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;

/**
 * The AsyncAPI document of {@code governance.events} (ADR 0014) is generated from {@link
 * EventCatalogue} and checked in under {@code src/main/resources/asyncapi}; this test fails when
 * the two differ. Regenerate with {@code ./mvnw -pl shared-events test -Dasyncapi.update=true} and
 * review the diff. The checked-in document is also read back with jasyncapi's AsyncAPI 3 model, and
 * must describe every event exactly once, each payload pointing at its schema file.
 */
class AsyncApiDocumentTest {

  static final ApprovedFiles ASYNCAPI =
      new ApprovedFiles("src/main/resources/asyncapi", ".asyncapi.yaml", "asyncapi.update");
  static final String DOCUMENT = "governance-events";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Path HERE = ASYNCAPI.fileFor(DOCUMENT).getParent();

  @Test
  void the_checked_in_document_is_the_one_generated_from_the_event_catalogue() {
    ASYNCAPI.assertApproved(DOCUMENT, new AsyncApiDocument().render());
  }

  @Test
  void the_document_parses_as_asyncapi_3_and_describes_every_event_exactly_once() {
    assertDescribesEveryEventOnce(checkedIn());
  }

  @Test
  void the_document_describes_the_dead_letter_topic() {
    AsyncAPI api = parse(checkedIn());

    Channel deadLetters = (Channel) api.getChannels().get(DEAD_LETTER_CHANNEL);
    assertThat(deadLetters.getAddress()).isEqualTo(DEAD_LETTER_TOPIC);
    assertThat(deadLetters.getMessages()).containsOnlyKeys(DEAD_LETTER);
    Operation receive = (Operation) api.getOperations().get(RECEIVE_DEAD_LETTERS);
    assertThat(receive.getAction()).isEqualTo(OperationAction.RECEIVE);
    assertThat(receive.getChannel().getRef()).isEqualTo("#/channels/" + DEAD_LETTER_CHANNEL);
    assertThat(receive.getMessages())
        .extracting(Reference::getRef)
        .containsExactly("#/channels/" + DEAD_LETTER_CHANNEL + "/messages/" + DEAD_LETTER);
    Message deadLetter = (Message) deadLetters.getMessages().get(DEAD_LETTER);
    AsyncAPISchema headers =
        (AsyncAPISchema) resolve(api, ((Reference) deadLetter.getHeaders()).getRef());
    assertThat(headers.getRequired())
        .contains(
            "kafka_dlt-original-topic", "kafka_dlt-exception-fqcn", "kafka_dlt-original-offset");
  }

  @TestFactory
  Stream<DynamicTest> every_event_s_cloudevents_headers_satisfy_the_headers_schema() {
    return EveryEvent.check(entry -> assertThat(headerErrors(headersOf(entry))).isEmpty());
  }

  @Test
  void the_headers_schema_refuses_a_missing_id_a_malformed_type_and_a_bad_sequence() {
    Entry joined = EventCatalogue.of(PartnerJoined.class);

    assertThat(headerErrors(headersOf(joined).without("ce_id"))).isNotEmpty();
    assertThat(headerErrors(headersOf(joined).put("ce_type", "PartnerJoined"))).isNotEmpty();
    assertThat(headerErrors(headersOf(joined).put("ce_aggregatesequence", "-1"))).isNotEmpty();
    assertThat(headerErrors(headersOf(joined).put("ce_aggregatetype", "council"))).isNotEmpty();
  }

  /** Every check above must be able to fail: a doctored document is refused by each. */
  @Test
  void a_document_missing_an_event_or_with_one_too_many_or_a_broken_payload_is_refused() {
    String type = EventCatalogue.all().get(0).qualifiedType();
    String other = EventCatalogue.all().get(1).qualifiedType();
    String messages = "/channels/" + CHANNEL + "/messages";

    assertRefused(doc -> ((ObjectNode) doc.at(messages)).remove(type));
    assertRefused(
        doc -> ((ObjectNode) doc.at("/operations/" + RECEIVE)).withArray("messages").remove(0));
    assertRefused(
        doc -> ((ObjectNode) doc.at(messages)).set("made.up.v1", doc.at(messages + "/" + type)));
    assertRefused(
        doc ->
            ((ObjectNode) doc.at("/operations/" + RECEIVE))
                .withArray("messages")
                .add(doc.at("/operations/" + RECEIVE + "/messages/0")));
    assertRefused(
        doc ->
            ((ObjectNode) doc.at(messages + "/" + type + "/payload/schema"))
                .put("$ref", AsyncApiDocument.SCHEMAS_FROM_HERE + "missing.v1.schema.json"));
    assertRefused(
        doc ->
            ((ObjectNode) doc.at(messages + "/" + type + "/payload/schema"))
                .put("$ref", AsyncApiDocument.SCHEMAS_FROM_HERE + other + ".schema.json"));
    assertRefused(
        doc ->
            ((ObjectNode) doc.at(messages + "/" + type + "/headers"))
                .put("$ref", "#/components/schemas/Nowhere"));
  }

  /** The headers CloudEventMapper writes for an event, as text. */
  private static ObjectNode headersOf(Entry entry) {
    ObjectNode headers = YAML.createObjectNode();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", "6f1c1f0e-8a63-4a4e-9d2b-2d7c8c0b7a11");
    headers.put("ce_source", "/partnership-ledger/command-service");
    headers.put("ce_type", entry.qualifiedType());
    headers.put("ce_time", "2024-04-01T09:30:00.123Z");
    headers.put("ce_subject", "5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10");
    headers.put("content-type", "application/json");
    headers.put("ce_effectivedate", "2024-04-01");
    headers.put("ce_aggregatetype", entry.aggregateType());
    headers.put("ce_aggregatesequence", "0");
    headers.put("ce_actor", "governance.officer@durham.gov.uk");
    headers.put("ce_onbehalfof", "durham-county-council");
    headers.put("ce_reason", "Cabinet 17 March 2021, item 7");
    return headers;
  }

  private static List<com.networknt.schema.Error> headerErrors(ObjectNode headers) {
    return HeadersSchema.CHECKED_IN.validate(
        headers.toString(),
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  /**
   * Read once, when first needed: not while the test class loads, or a missing document would stop
   * {@code -Dasyncapi.update=true} from writing it.
   */
  private static final class HeadersSchema {
    // AsyncAPI's schema object is JSON Schema draft 07 with additions the headers do not use.
    static final Schema CHECKED_IN =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(
                checkedIn().at("/components/schemas/CloudEventHeaders").toString(),
                InputFormat.JSON);
  }

  private static void assertDescribesEveryEventOnce(JsonNode document) {
    AsyncAPI api = parse(document);
    assertThat(api.getAsyncapi()).isEqualTo("3.0.0");

    List<String> expected =
        AsyncApiDocument.onTheTopic().stream()
            .map(AsyncApiDocument.TopicMessage::qualifiedType)
            .toList();
    assertThat(expected)
        .as("every published event is on the topic")
        .containsAll(EventCatalogue.all().stream().map(Entry::qualifiedType).toList());
    assertThat(expected)
        .as("every retired revision stays on the topic")
        .containsAll(
            EventRevisions.retired().stream().map(EventRevisions.Retired::qualifiedType).toList());

    Channel events = (Channel) api.getChannels().get(CHANNEL);
    assertThat(events.getAddress()).isEqualTo(TOPIC);
    assertThat(events.getMessages().keySet())
        .as("the messages of channel %s", CHANNEL)
        .containsExactlyInAnyOrderElementsOf(expected);

    Operation receive = (Operation) api.getOperations().get(RECEIVE);
    assertThat(receive.getAction()).isEqualTo(OperationAction.RECEIVE);
    assertThat(receive.getChannel().getRef()).isEqualTo("#/channels/" + CHANNEL);
    assertThat(receive.getMessages())
        .extracting(Reference::getRef)
        .as("the messages of operation %s", RECEIVE)
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().map(t -> "#/channels/" + CHANNEL + "/messages/" + t).toList());

    events.getMessages().forEach((type, message) -> assertDescribes(api, type, (Message) message));
    assertEveryLocalReferenceResolves(document);
  }

  /** Its name is its CloudEvents type; its payload is its schema file, its key the aggregate id. */
  private static void assertDescribes(AsyncAPI api, String type, Message message) {
    assertThat(message.getName()).isEqualTo(type);
    assertThat(message.getContentType()).isEqualTo("application/json");
    assertThat(((Reference) message.getHeaders()).getRef())
        .isEqualTo("#/components/schemas/CloudEventHeaders");

    MultiFormatSchema<?> payload = (MultiFormatSchema<?>) message.getPayload();
    assertThat(payload.getSchemaFormat()).isEqualTo(AsyncApiDocument.PAYLOAD_FORMAT);
    String schemaRef = ((AsyncAPISchema) payload.getSchema()).getRef();
    Path schemaFile = HERE.resolve(schemaRef).normalize();
    assertThat(schemaFile).as("the payload schema of %s", type).exists();
    assertThat(json(schemaFile).get("$id").asText())
        .as("the payload schema of %s is its own", type)
        .isEqualTo(EventSchemas.ID_PREFIX + type);

    KafkaMessageBinding kafka = (KafkaMessageBinding) message.getBindings().get("kafka");
    AsyncAPISchema key = (AsyncAPISchema) kafka.getKey();
    assertThat(key.getType()).isEqualTo("string");
    assertThat(key.getFormat()).isEqualTo("uuid");
  }

  private static void assertEveryLocalReferenceResolves(JsonNode document) {
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs)
        .filteredOn(ref -> ref.startsWith("#"))
        .allSatisfy(
            ref ->
                assertThat(document.at(JsonPointer.compile(ref.substring(1))).isMissingNode())
                    .as("%s points nowhere", ref)
                    .isFalse());
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  private static void assertRefused(Consumer<ObjectNode> doctor) {
    ObjectNode document = (ObjectNode) checkedIn();
    doctor.accept(document);
    assertThatThrownBy(() -> assertDescribesEveryEventOnce(document))
        .isInstanceOf(AssertionError.class);
  }

  private static Object resolve(AsyncAPI api, String ref) {
    String prefix = "#/components/schemas/";
    assertThat(ref).startsWith(prefix);
    Map<String, Object> schemas = api.getComponents().getSchemas();
    return schemas.get(ref.substring(prefix.length()));
  }

  /**
   * The official AsyncAPI 3.0.0 JSON Schema, from @asyncapi/specs (see
   * src/test/resources/asyncapi-specification/README.md), accepts the document: a check of the
   * whole specification, where the parser above checks only what it maps.
   */
  @Test
  void the_document_satisfies_the_official_asyncapi_3_0_0_schema() {
    assertThat(specificationErrors(checkedIn())).isEmpty();
  }

  @Test
  void the_official_schema_refuses_what_the_specification_does_not_allow() {
    ObjectNode asVersion2Said = (ObjectNode) checkedIn();
    ((ObjectNode) asVersion2Said.at("/operations/" + RECEIVE)).put("action", "subscribe");
    ObjectNode withoutInfo = (ObjectNode) checkedIn();
    withoutInfo.remove("info");

    assertThat(specificationErrors(asVersion2Said)).isNotEmpty();
    assertThat(specificationErrors(withoutInfo)).isNotEmpty();
  }

  private static List<com.networknt.schema.Error> specificationErrors(JsonNode document) {
    Path specification = Path.of("src/test/resources/asyncapi-specification/3.0.0.json");
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(Files.readString(specification), InputFormat.JSON)
          .validate(document.toString(), InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode checkedIn() {
    return json(ASYNCAPI.fileFor(DOCUMENT));
  }

  private static AsyncAPI parse(JsonNode document) {
    try {
      return YAML.treeToValue(document, AsyncAPI.class);
    } catch (Exception e) {
      throw new AssertionError("not an AsyncAPI 3 document: " + e.getMessage(), e);
    }
  }

  private static JsonNode json(Path file) {
    try {
      return YAML.readTree(Files.readString(file));
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
