package uk.partnershipledger.events.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.EventCatalogue.Family;
import uk.partnershipledger.events.EventRevisions;

/**
 * Generates the AsyncAPI 3.0.0 document of {@code governance.events} and its dead-letter topic from
 * {@link EventCatalogue} (ADR 0014). Each message's payload refers to the event's checked-in JSON
 * Schema beside the document rather than copying it, so the two cannot disagree.
 *
 * <p>What it says of the envelope, the key and the topics is read from the command side's {@code
 * CloudEventMapper}, {@code GovernanceEventPublisher} and {@code PublicationConfiguration} and the
 * query side's {@code IntakeConfiguration} and {@code DeadLetterSerializer}, which {@code
 * shared-events} cannot depend on: a change there must be made here too.
 */
final class AsyncApiDocument {

  static final String TOPIC = "governance.events";
  static final String DEAD_LETTER_TOPIC = "governance.events.dlt";
  static final String CHANNEL = "governanceEvents";
  static final String DEAD_LETTER_CHANNEL = "deadLetters";
  static final String RECEIVE = "receiveGovernanceEvents";
  static final String RECEIVE_DEAD_LETTERS = "receiveDeadLetters";
  static final String DEAD_LETTER = "deadLetter";

  /** AsyncAPI names JSON Schema formats by media type; draft 2020-12 is what the schemas are. */
  static final String PAYLOAD_FORMAT = "application/schema+json;version=draft-2020-12";

  /** From {@code asyncapi/} to {@code schemas/}, in the repository and in the jar alike. */
  static final String SCHEMAS_FROM_HERE = "../schemas/";

  private static final String KAFKA_BINDING_VERSION = "0.5.0";
  private static final String HEADER =
      "# Generated from EventCatalogue by AsyncApiDocumentTest (ADR 0014): do not edit by hand.\n"
          + "# Regenerate with ./mvnw -pl shared-events test -Dasyncapi.update=true\n";

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // "1.0" must stay a string, not become a number.
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One kind of message a consumer may meet on the topic: a logical name at one revision. */
  record TopicMessage(
      String name, int revision, String aggregateType, Optional<String> javadoc, boolean retired) {

    static TopicMessage published(Entry entry) {
      return new TopicMessage(
          entry.name(), entry.revision(), entry.aggregateType(), RecordJavadoc.of(entry), false);
    }

    /** A revision no longer written, still on the topic in its history (ADR 15). */
    static TopicMessage retired(EventRevisions.Retired retired) {
      Entry current = EventCatalogue.byName(retired.name()).orElseThrow();
      return new TopicMessage(
          retired.name(),
          retired.revision(),
          current.aggregateType(),
          Optional.of(
              "Retired: no longer written, and still on the topic for what was published before"
                  + " revision "
                  + (retired.revision() + 1)
                  + ". In revision "
                  + (retired.revision() + 1)
                  + ", "
                  + retired.change()
                  + ". Read it as "
                  + current.qualifiedType()
                  + " (uk.partnershipledger.events.EventRevisions; docs/consumers.md,"
                  + " Evolution)."),
          true);
    }

    /** The CloudEvents {@code type}, and the message's name in the document. */
    String qualifiedType() {
      return name + ".v" + revision;
    }

    String schemaRef() {
      return SCHEMAS_FROM_HERE + qualifiedType() + ".schema.json";
    }
  }

  /** Every message the document describes on {@code governance.events}, by CloudEvents type. */
  static List<TopicMessage> onTheTopic() {
    // The one place for what is on the topic: every current revision, and every retired one,
    // which stays in the topic's history with its checked-in schema.
    return java.util.stream.Stream.concat(
            EventCatalogue.all().stream().map(TopicMessage::published),
            EventRevisions.retired().stream().map(TopicMessage::retired))
        .sorted(Comparator.comparing(TopicMessage::qualifiedType))
        .toList();
  }

  /** The document as it is checked in. */
  String render() {
    ObjectNode document = NODES.objectNode();
    document.put("asyncapi", "3.0.0");
    document.put("id", "urn:partnership-ledger:asyncapi:governance-events");
    document.set("info", info());
    document.put("defaultContentType", "application/json");
    document.set("servers", servers());
    document.set("channels", channels());
    document.set("operations", operations());
    document.set("components", components());
    try {
      return HEADER + YAML.writeValueAsString(document).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode info() {
    // The version is the contract's own: events evolve by revision, each a message of its own, so
    // it changes only with the envelope, the key or the topics.
    return texts(
        "title",
        "Partnership Ledger governance events",
        "version",
        "1.0.0",
        "description",
        String.join(
            "\n\n",
            "Every fact the Partnership Ledger records about organisations, partnerships, their"
                + " bodies and memoranda of understanding, published to Kafka as a CloudEvent 1.0"
                + " in binary mode: the envelope in `ce_*` headers, the event's JSON in the value.",
            "**Ordering.** Messages are keyed by the id of the aggregate they belong to (also"
                + " `ce_subject`), so one aggregate's events share a partition and arrive in the"
                + " order they were recorded, numbered by `ce_aggregatesequence`. There is no"
                + " order across aggregates.",
            "**Delivery is at least once.** A message may arrive more than once; de-duplicate by"
                + " the CloudEvents id (`ce_id`), or by the aggregate's sequence.",
            "**Retention is forever** (`retention.ms` -1): a new consumer, or a rebuilt read"
                + " model, replays the topic from the beginning.",
            "**Evolution.** Each message is one revision of one event, its CloudEvents type"
                + " `<name>.v<revision>`. A revision only ever gains properties, so consumers"
                + " ignore those they do not know; anything else is a new revision. Each"
                + " payload's JSON Schema (draft 2020-12) is `schemas/<type>.schema.json` beside"
                + " this document, in the repository and in the `shared-events` jar.",
            "What the ledger's own query service cannot read goes to `"
                + DEAD_LETTER_TOPIC
                + "`, unchanged, with the reason."));
  }

  private static ObjectNode servers() {
    return NODES
        .objectNode()
        .set(
            "local",
            texts(
                "host",
                "127.0.0.1:9092",
                "protocol",
                "kafka",
                "description",
                "The broker run-local.sh starts. Elsewhere the services'"
                    + " spring.kafka.bootstrap-servers names the broker."));
  }

  /** An object of text properties, given as name, value, name, value... */
  private static ObjectNode texts(String... namesAndValues) {
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      node.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return node;
  }

  private static ObjectNode channels() {
    ObjectNode messages = NODES.objectNode();
    onTheTopic().forEach(message -> messages.set(message.qualifiedType(), eventMessage(message)));
    ObjectNode events =
        channel(
            TOPIC,
            "Governance events",
            "Every event the ledger records, in order per aggregate, kept forever. Created by the"
                + " command service (ledger.publication.topic, .partitions).",
            messages,
            3);

    ObjectNode deadLetterMessages = NODES.objectNode();
    deadLetterMessages.set(DEAD_LETTER, deadLetterMessage());
    ObjectNode deadLetters =
        channel(
            DEAD_LETTER_TOPIC,
            "Dead letters",
            "What the query service could not read from "
                + TOPIC
                + ", kept until someone has looked at each and replayed or discarded it. Created"
                + " by the query service (ledger.intake.dead-letter-topic,"
                + " .dead-letter-partitions).",
            deadLetterMessages,
            3);

    ObjectNode channels = NODES.objectNode();
    channels.set(CHANNEL, events);
    channels.set(DEAD_LETTER_CHANNEL, deadLetters);
    return channels;
  }

  private static ObjectNode channel(
      String topic, String title, String description, ObjectNode messages, int partitions) {
    ObjectNode channel = NODES.objectNode();
    channel.put("address", topic);
    channel.put("title", title);
    channel.put("description", description);
    channel.set("messages", messages);
    ObjectNode kafka = NODES.objectNode();
    kafka.put("topic", topic);
    kafka.put("partitions", partitions);
    kafka.put("replicas", 1);
    kafka.set("topicConfiguration", NODES.objectNode().put("retention.ms", -1));
    kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    channel.set("bindings", NODES.objectNode().set("kafka", kafka));
    return channel;
  }

  private static ObjectNode eventMessage(TopicMessage message) {
    ObjectNode node = NODES.objectNode();
    node.put("name", message.qualifiedType());
    node.put("title", title(message));
    String fallback =
        message.name()
            + ", revision "
            + message.revision()
            + ", of a "
            + message.aggregateType()
            + " aggregate.";
    String summary = message.javadoc().map(RecordJavadoc::firstSentence).orElse(fallback);
    node.put("summary", summary);
    message
        .javadoc()
        .filter(text -> !text.equals(summary))
        .ifPresent(text -> node.put("description", text));
    node.put("contentType", "application/json");
    node.set("headers", ref("#/components/schemas/CloudEventHeaders"));
    ObjectNode payload = NODES.objectNode();
    payload.put("schemaFormat", PAYLOAD_FORMAT);
    payload.set("schema", ref(message.schemaRef()));
    node.set("payload", payload);
    // The key schema is written out, not a $ref: the official AsyncAPI 3.0.0 JSON Schema takes a
    // binding's key as one of a Reference or a Schema, and a bare $ref object is both.
    node.set("bindings", kafkaKey(aggregateId()));
    ArrayNode tags = NODES.arrayNode().add(NODES.objectNode().put("name", message.aggregateType()));
    if (message.retired()) {
      tags.add(NODES.objectNode().put("name", "retired"));
    }
    node.set("tags", tags);
    return node;
  }

  /** "partnership.partner-joined", 1 reads "Partnership: partner joined, revision 1". */
  private static String title(TopicMessage message) {
    String[] parts = message.name().split("\\.", 2);
    return Character.toUpperCase(parts[0].charAt(0))
        + parts[0].substring(1)
        + ": "
        + parts[1].replace('-', ' ').replace('.', ' ')
        + ", revision "
        + message.revision();
  }

  private static ObjectNode deadLetterMessage() {
    ObjectNode node = NODES.objectNode();
    node.put("name", DEAD_LETTER);
    node.put("title", "Dead letter");
    node.put(
        "summary",
        "A message from " + TOPIC + " that the query service could not read, with the reason.");
    node.put(
        "description",
        String.join(
            "\n\n",
            "Written by the query service's Spring Kafka DeadLetterPublishingRecoverer when a"
                + " message can never be projected as it stands: not a CloudEvent, an unknown"
                + " `ce_type`, a body that is not the event's JSON, a missing envelope attribute,"
                + " an event no projector handles. Consumption of the partition then goes on."
                + " Failures that may pass, such as the database being down, are retried instead"
                + " and never dead-lettered.",
            "The key and the value are the original message's, byte for byte, and so are its"
                + " headers (the `ce_*` and `content-type` headers of a CloudEvent): a dead letter"
                + " can be replayed to "
                + TOPIC
                + " as it is. Spring Kafka adds the `kafka_dlt-*` headers, which say where it came"
                + " from and why it failed."));
    node.put("contentType", "application/octet-stream");
    node.set("headers", ref("#/components/schemas/DeadLetterHeaders"));
    node.set(
        "payload",
        binary(
            "The original message's value, unchanged: for a CloudEvent the event's JSON,"
                + " otherwise whatever bytes arrived."));
    ObjectNode key =
        string(
            "The original message's key, unchanged: the aggregate id for a message the ledger"
                + " published.");
    node.set("bindings", kafkaKey(key));
    return node;
  }

  private static ObjectNode kafkaKey(ObjectNode key) {
    ObjectNode kafka = NODES.objectNode();
    kafka.set("key", key);
    kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    return NODES.objectNode().set("kafka", kafka);
  }

  private static ObjectNode operations() {
    ArrayNode eventRefs = NODES.arrayNode();
    onTheTopic()
        .forEach(
            message ->
                eventRefs.add(
                    ref("#/channels/" + CHANNEL + "/messages/" + message.qualifiedType())));
    ObjectNode operations = NODES.objectNode();
    operations.set(
        RECEIVE,
        receive(
            CHANNEL,
            "Read every governance event.",
            "What a consumer of the ledger does, as the ledger's own query service does: read the"
                + " topic from the beginning in a consumer group of its own, skip what it has"
                + " already applied, and commit its offset only once an event is applied.",
            eventRefs));
    operations.set(
        RECEIVE_DEAD_LETTERS,
        receive(
            DEAD_LETTER_CHANNEL,
            "Read what the query service could not read.",
            "For whoever looks after the ledger: each dead letter says why it failed, and can be"
                + " replayed to "
                + TOPIC
                + " once the cause is fixed.",
            NODES
                .arrayNode()
                .add(ref("#/channels/" + DEAD_LETTER_CHANNEL + "/messages/" + DEAD_LETTER))));
    return operations;
  }

  private static ObjectNode receive(
      String channel, String summary, String description, ArrayNode messages) {
    ObjectNode operation = NODES.objectNode();
    operation.put("action", "receive");
    operation.set("channel", ref("#/channels/" + channel));
    operation.put("summary", summary);
    operation.put("description", description);
    operation.set("messages", messages);
    return operation;
  }

  private static ObjectNode components() {
    ObjectNode schemas = NODES.objectNode();
    schemas.set("CloudEventHeaders", cloudEventHeaders());
    schemas.set("DeadLetterHeaders", deadLetterHeaders());
    return NODES.objectNode().set("schemas", schemas);
  }

  private static ObjectNode aggregateId() {
    return string(
            "The id of the aggregate the event belongs to (an organisation, partnership, body or"
                + " MoU id): the message's key, so that one aggregate's events share a partition"
                + " and keep their order.")
        .put("format", "uuid");
  }

  /** The headers {@code CloudEventMapper} sets, as cloudevents-kafka writes them (binary mode). */
  private static ObjectNode cloudEventHeaders() {
    ObjectNode properties = NODES.objectNode();
    properties.set("ce_specversion", string("The CloudEvents version.").put("const", "1.0"));
    properties.set(
        "ce_id",
        string(
                "The event's id, unique to the event and the same on every delivery of it:"
                    + " de-duplicate by it.")
            .put("format", "uuid"));
    properties.set(
        "ce_source",
        string(
                "Where the event comes from: the ledger's command service"
                    + " (ledger.publication.source).")
            .put("format", "uri-reference")
            .set("examples", NODES.arrayNode().add("/partnership-ledger/command-service")));
    properties.set(
        "ce_type",
        string(
                "The event's logical name and revision, <name>.v<revision>: the message's name in"
                    + " this document.")
            .put("pattern", "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*$"));
    properties.set(
        "ce_time",
        string("When the ledger recorded the event (RFC 3339, UTC).").put("format", "date-time"));
    properties.set(
        "ce_subject", string("The aggregate's id, as in the key.").put("format", "uuid"));
    properties.set(
        "ce_dataschema",
        string(
                "The $id of the body's JSON Schema, urn:partnership-ledger:event-schema:<ce_type>;"
                    + " the file is schemas/<ce_type>.schema.json. Absent on messages published"
                    + " before December 2026.")
            .put("format", "uri"));
    properties.set(
        "content-type",
        string("The CloudEvents datacontenttype of the value.").put("const", "application/json"));
    properties.set(
        "ce_effectivedate",
        string(
                "When the act takes effect, as the body's effectiveDate (ISO date): it may be in"
                    + " the past or the future, unlike ce_time.")
            .put("format", "date"));
    ArrayNode aggregateTypes = NODES.arrayNode();
    EventCatalogue.FAMILIES.stream().map(Family::aggregateType).forEach(aggregateTypes::add);
    properties.set(
        "ce_aggregatetype",
        string("The kind of aggregate the event belongs to.").set("enum", aggregateTypes));
    properties.set(
        "ce_aggregatesequence",
        string(
                "The event's sequence number within its aggregate, in decimal: it counts up by one"
                    + " from 0 with each event of the aggregate.")
            .put("pattern", "^[0-9]+$"));
    properties.set(
        "ce_actor",
        string("Who recorded the act: the person or system that sent the command, if known."));
    properties.set("ce_onbehalfof", string("The organisation the actor acted for, if known."));
    properties.set(
        "ce_reason", string("Why: a reason or a reference, such as a committee minute, if known."));

    ObjectNode headers = NODES.objectNode();
    headers.put("type", "object");
    headers.put(
        "description",
        "The CloudEvents 1.0 attributes in Kafka binary mode, each a header holding UTF-8 text."
            + " ce_actor, ce_onbehalfof and ce_reason are there when the command that caused the"
            + " event said them.");
    headers.set(
        "required",
        names(
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "content-type",
            "ce_effectivedate",
            "ce_aggregatetype",
            "ce_aggregatesequence"));
    headers.set("properties", properties);
    return headers;
  }

  /** What Spring Kafka's DeadLetterPublishingRecoverer adds to the original headers. */
  private static ObjectNode deadLetterHeaders() {
    ObjectNode properties = NODES.objectNode();
    properties.set("kafka_dlt-original-topic", string("The topic the message came from."));
    properties.set(
        "kafka_dlt-original-partition",
        binary("The partition it came from: a 4-byte big-endian integer, not text."));
    properties.set(
        "kafka_dlt-original-offset",
        binary("Its offset there: an 8-byte big-endian integer, not text."));
    properties.set(
        "kafka_dlt-original-timestamp",
        binary("Its Kafka timestamp, in milliseconds: an 8-byte big-endian integer, not text."));
    properties.set(
        "kafka_dlt-original-timestamp-type",
        string("The kind of that timestamp.").set("enum", names("CreateTime", "LogAppendTime")));
    properties.set(
        "kafka_dlt-exception-fqcn",
        string(
            "The class of the failure: Spring Kafka's DeserializationException for a value that"
                + " is not a CloudEvent, otherwise the listener's wrapper of the failure."));
    properties.set(
        "kafka_dlt-exception-cause-fqcn",
        string(
            "The class of the failure's root cause, such as"
                + " uk.partnershipledger.query.intake.UnreadableEvent."));
    properties.set(
        "kafka_dlt-exception-message",
        string("The failure's message followed by its root cause's: the reason in words."));
    properties.set("kafka_dlt-exception-stacktrace", string("The failure's stack trace."));
    properties.set(
        "kafka_dlt-original-consumer-group",
        string("The consumer group that failed to read it, when Spring Kafka knows it."));
    properties.set(
        "kafka_dlt-key-exception-fqcn",
        string("Only if the key could not be read: the class of that failure."));
    properties.set(
        "kafka_dlt-key-exception-message",
        string("Only if the key could not be read: that failure's message."));
    properties.set(
        "kafka_dlt-key-exception-stacktrace",
        string("Only if the key could not be read: that failure's stack trace."));

    ObjectNode headers = NODES.objectNode();
    headers.put("type", "object");
    headers.put(
        "description",
        "Every header of the original message (for a CloudEvent, the CloudEventHeaders), plus"
            + " these, added by Spring Kafka. Text headers are UTF-8.");
    // Always added; the cause and the message whenever the failure has them.
    headers.set(
        "required",
        names(
            "kafka_dlt-original-topic",
            "kafka_dlt-original-partition",
            "kafka_dlt-original-offset",
            "kafka_dlt-original-timestamp",
            "kafka_dlt-original-timestamp-type",
            "kafka_dlt-exception-fqcn",
            "kafka_dlt-exception-stacktrace"));
    headers.set("properties", properties);
    return headers;
  }

  private static ArrayNode names(String... names) {
    ArrayNode array = NODES.arrayNode();
    for (String name : names) {
      array.add(name);
    }
    return array;
  }

  private static ObjectNode string(String description) {
    return NODES.objectNode().put("type", "string").put("description", description);
  }

  private static ObjectNode binary(String description) {
    return string(description).put("format", "binary");
  }

  private static ObjectNode ref(String target) {
    return NODES.objectNode().put("$ref", target);
  }
}
