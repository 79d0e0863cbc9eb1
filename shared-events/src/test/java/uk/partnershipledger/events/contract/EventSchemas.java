package uk.partnershipledger.events.contract;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.MayBeNull;

/**
 * Generates the JSON Schema (draft 2020-12) of an event's body from its record, with victools'
 * jsonschema-generator and its Jackson module (ADR 0013).
 */
final class EventSchemas {

  static final String ID_PREFIX = EventCatalogue.SCHEMA_ID_PREFIX;

  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final SchemaGenerator generator;

  EventSchemas() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule())
            // LocalDate as format "date", UUID as "uuid"; no additionalProperties: false anywhere.
            .with(Option.EXTRA_OPEN_API_FORMAT_VALUES);
    config
        .forFields()
        .withRequiredCheck(field -> !mayBeNull(field))
        .withNullableCheck(EventSchemas::mayBeNull);
    config
        .forTypesInGeneral()
        // Properties in the order of the record's components, which is the order on the wire.
        .withPropertySorter((one, other) -> 0)
        .withCustomDefinitionProvider(
            (javaType, context) ->
                SampleEvents.isTypedId(javaType.getErasedType())
                    ? new CustomDefinition(
                        context
                            .getGeneratorConfig()
                            .createObjectNode()
                            .put("type", "string")
                            .put("format", "uuid"),
                        CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO)
                    : null);
    generator = new SchemaGenerator(config.build());
  }

  private static boolean mayBeNull(FieldScope field) {
    return field.getAnnotation(MayBeNull.class) != null;
  }

  /** The schema as it is checked in: indented, ending in a new line. */
  String render(Entry entry) {
    ObjectNode generated = generator.generateSchema(entry.eventClass());
    ObjectNode schema = PRETTY.createObjectNode();
    schema.set("$schema", generated.get("$schema"));
    schema.put("$id", ID_PREFIX + entry.qualifiedType());
    schema.put("title", entry.qualifiedType());
    schema.put(
        "description",
        "The data of a CloudEvent of type "
            + entry.qualifiedType()
            + " on governance.events ("
            + entry.aggregateType()
            + " aggregate). Consumers ignore properties they do not know: a revision may gain"
            + " some.");
    generated.properties().stream()
        .filter(property -> !property.getKey().equals("$schema"))
        .forEach(property -> schema.set(property.getKey(), property.getValue()));
    return PRETTY.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
  }
}
