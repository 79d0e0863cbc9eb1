package uk.partnershipledger.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.EventRevisions;
import uk.partnershipledger.events.EventRevisions.Retired;
import uk.partnershipledger.events.mou.MouEvent.MouSignatureCorrected;
import uk.partnershipledger.events.mou.MouEvent.MouSigned;
import uk.partnershipledger.events.mou.Signatory;

/**
 * A retired revision stays readable (ADR 15): its schema and a stored sample of its JSON, as the
 * ledger wrote it, stay checked in unchanged, and the sample lifted by {@link EventRevisions}
 * satisfies the current revision's schema and reads as the current event on both sides.
 */
class RetiredRevisionTest {

  private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP_2 =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};

  @TestFactory
  Stream<DynamicTest> every_retired_revision_keeps_its_schema_and_a_stored_sample() {
    return everyRetired(
        retired -> {
          assertThat(EventSchemaTest.SCHEMAS.fileFor(retired.qualifiedType())).exists();
          assertThat(PinnedEventJsonTest.PINNED.fileFor(retired.qualifiedType())).exists();
          assertThat(EventSchemaTest.errors(retired.qualifiedType(), stored(retired))).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> every_stored_sample_lifted_satisfies_the_current_schema_on_both_sides() {
    return everyRetired(
        retired -> {
          Entry current = EventCatalogue.byName(retired.name()).orElseThrow();
          String lifted = liftWithJackson2(retired);

          assertThat(EventSchemaTest.errors(current.qualifiedType(), lifted)).isEmpty();
          assertThat(WireJson.LEDGER.readValue(lifted, current.eventClass()))
              .as("read by the command side (Jackson 2)")
              .isEqualTo(
                  WireJson.QUERY_SIDE.readValue(liftWithJackson3(retired), current.eventClass()))
              .isNotNull();
        });
  }

  @Test
  void a_signature_stored_as_revision_1_reads_as_revision_2_with_its_text_as_the_name()
      throws Exception {
    Retired signed = EventRevisions.retired("mou.signed.v1").orElseThrow();

    MouSigned event = WireJson.LEDGER.readValue(liftWithJackson2(signed), MouSigned.class);

    // The stored sample's "signatory" : "sample signatory 4"
    assertThat(event.signatory()).isEqualTo(new Signatory("sample signatory 4", null));
    assertThat(event.version()).isEqualTo(2);
    assertThat(event.effectiveDate()).hasToString("2024-04-06");
  }

  @Test
  void a_signature_correction_stored_as_revision_1_keeps_what_it_corrects_and_why()
      throws Exception {
    Retired corrected = EventRevisions.retired("mou.signature-corrected.v1").orElseThrow();

    MouSignatureCorrected event =
        WireJson.LEDGER.readValue(liftWithJackson2(corrected), MouSignatureCorrected.class);

    assertThat(event.signatory()).isEqualTo(Signatory.named("sample signatory 5"));
    assertThat(event.correctedEventId()).isEqualTo("00000000-0000-4000-8000-000000000004");
    assertThat(event.reason()).isEqualTo("sample reason 6");
  }

  /** Consumers learn of a retired revision from the guide's table (docs/consumers.md). */
  @Test
  void every_retired_revision_is_explained_in_the_consumer_guide() throws Exception {
    String guide = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/consumers.md"));

    EventRevisions.retired()
        .forEach(
            retired -> {
              String current = EventCatalogue.byName(retired.name()).orElseThrow().qualifiedType();
              assertThat(guide)
                  .as("a row for %s in docs/consumers.md, Evolution", retired.qualifiedType())
                  .contains("| `" + retired.qualifiedType() + "` | `" + current + "` |");
            });
  }

  @Test
  void the_current_revision_is_left_as_it_is() {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("signatory", Map.of("name", "Sue Jacques", "post", "Chief Executive"));

    assertThat(EventRevisions.toCurrent("mou.signed", 2, current)).isEqualTo(current);
  }

  @Test
  void a_revision_neither_current_nor_retired_is_refused_rather_than_guessed() {
    assertThatThrownBy(() -> EventRevisions.toCurrent("mou.signed", 3, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mou.signed has no revision 3");
    assertThatThrownBy(() -> EventRevisions.toCurrent("partnership.formed", 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventRevisions.toCurrent("mou.unheard-of", 1, Map.of()))
        .hasMessageContaining("not a published event");
  }

  @Test
  void every_retired_revision_is_older_than_its_events_current_one_and_not_reused() {
    EventRevisions.retired()
        .forEach(
            retired -> {
              Entry current = EventCatalogue.byName(retired.name()).orElseThrow();
              assertThat(retired.revision()).isLessThan(current.revision());
              assertThat(EventCatalogue.byQualifiedType(retired.qualifiedType())).isEmpty();
            });
  }

  private static Stream<DynamicTest> everyRetired(
      org.junit.jupiter.api.function.ThrowingConsumer<Retired> check) {
    return EventRevisions.retired().stream()
        .map(r -> DynamicTest.dynamicTest(r.qualifiedType(), () -> check.accept(r)));
  }

  private static String stored(Retired retired) {
    return PinnedEventJsonTest.PINNED.read(retired.qualifiedType());
  }

  /** As the command side lifts a stored event: Jackson 2, as Axon's serializer reads it. */
  private static String liftWithJackson2(Retired retired) throws Exception {
    Map<String, Object> json = WireJson.LEDGER.readValue(stored(retired), MAP_2);
    return WireJson.LEDGER.writeValueAsString(
        EventRevisions.toCurrent(retired.name(), retired.revision(), json));
  }

  /** As the query side lifts an event read from the topic: Jackson 3. */
  private static String liftWithJackson3(Retired retired) {
    Map<String, Object> json =
        WireJson.QUERY_SIDE.readValue(
            stored(retired), new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
    return WireJson.QUERY_SIDE.writeValueAsString(
        EventRevisions.toCurrent(retired.name(), retired.revision(), json));
  }
}
