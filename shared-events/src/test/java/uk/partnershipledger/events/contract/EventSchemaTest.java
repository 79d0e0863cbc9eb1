package uk.partnershipledger.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.partnership.PartnershipEvent.PartnerJoined;

/**
 * Every event's JSON Schema is generated from its record and checked in under {@code
 * src/main/resources/schemas}; this test fails when the two differ, when one is missing or left
 * over, and when what the ledger writes does not satisfy it. Regenerate with {@code ./mvnw -pl
 * shared-events test -Dschemas.update=true} and review the diff.
 */
class EventSchemaTest {

  static final ApprovedFiles SCHEMAS =
      new ApprovedFiles("src/main/resources/schemas", ".schema.json", "schemas.update");

  private static final EventSchemas GENERATOR = new EventSchemas();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TestFactory
  Stream<DynamicTest> every_event_has_its_generated_schema_checked_in() {
    return EveryEvent.check(
        entry -> SCHEMAS.assertApproved(entry.qualifiedType(), GENERATOR.render(entry)));
  }

  @Test
  void no_schema_is_checked_in_for_an_event_no_longer_published() {
    SCHEMAS.assertNoOrphans(EveryEvent.qualifiedTypesEverPublished());
  }

  @TestFactory
  Stream<DynamicTest> every_pinned_form_satisfies_its_schema() {
    return EveryEvent.check(
        entry ->
            assertThat(errors(entry, PinnedEventJsonTest.PINNED.read(entry.qualifiedType())))
                .isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> an_event_with_all_it_may_leave_null_satisfies_its_schema() {
    return EveryEvent.check(
        entry ->
            assertThat(errors(entry, WireJson.published(SampleEvents.minimal(entry.eventClass()))))
                .isEmpty());
  }

  private static final String JOINED =
      "{\"partnershipId\":\"5b0c6a1e-2f55-4c3e-9a34-0d1e0c7d9a10\","
          + "\"organisationId\":\"0f6c1b8e-55aa-4d7c-8a0e-5b2c7e1f3a22\","
          + "\"effectiveDate\":\"2021-04-01\"}";

  /** The schemas must be able to fail: a missing field, a bad id or date, a null is refused. */
  @Test
  void a_schema_refuses_a_missing_field_a_malformed_id_or_date_and_a_null() {
    Entry joined = EventCatalogue.of(PartnerJoined.class);

    assertThat(errors(joined, JOINED)).isEmpty();
    assertThat(errors(joined, JOINED.replace("\"organisationId\"", "\"organisation\"")))
        .isNotEmpty();
    assertThat(errors(joined, JOINED.replace("5b0c6a1e-2f55", "5b0c6a1e2f55"))).isNotEmpty();
    assertThat(errors(joined, JOINED.replace("2021-04-01", "01/04/2021"))).isNotEmpty();
    assertThat(errors(joined, JOINED.replace("\"2021-04-01\"", "null"))).isNotEmpty();
  }

  /** Additive evolution: a consumer's schema of this revision accepts a field added later. */
  @Test
  void a_schema_accepts_a_field_it_does_not_know() {
    Entry joined = EventCatalogue.of(PartnerJoined.class);

    assertThat(errors(joined, JOINED.replace("}", ",\"addedLater\":\"x\"}"))).isEmpty();
  }

  private static List<Error> errors(Entry entry, String json) {
    return errors(entry.qualifiedType(), json);
  }

  /** What the checked-in schema of {@code qualifiedType} finds wrong with {@code json}. */
  static List<Error> errors(String qualifiedType, String json) {
    Schema schema = REGISTRY.getSchema(SCHEMAS.read(qualifiedType), InputFormat.JSON);
    return schema.validate(
        json,
        InputFormat.JSON,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }
}
