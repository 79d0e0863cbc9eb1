package uk.partnershipledger.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON form of every published event, pinned in {@code src/test/resources/pinned}: a renamed,
 * retyped or reordered field fails the build. After a meant, additive change, regenerate with
 * {@code ./mvnw -pl shared-events test -Dpinned.update=true} and review the diff.
 */
class PinnedEventJsonTest {

  static final ApprovedFiles PINNED =
      new ApprovedFiles("src/test/resources/pinned", ".json", "pinned.update");

  @TestFactory
  Stream<DynamicTest> every_event_keeps_its_pinned_json_form() {
    return EveryEvent.check(
        entry ->
            PINNED.assertApproved(
                entry.qualifiedType(), WireJson.published(SampleEvents.full(entry.eventClass()))));
  }

  @TestFactory
  Stream<DynamicTest> every_pinned_form_reads_back_to_the_same_event_on_both_sides() {
    return EveryEvent.check(
        entry -> {
          String pinned = PINNED.read(entry.qualifiedType());
          Object sample = SampleEvents.full(entry.eventClass());
          assertThat(WireJson.LEDGER.readValue(pinned, entry.eventClass()))
              .as("read by the command side (Jackson 2)")
              .isEqualTo(sample);
          assertThat(WireJson.QUERY_SIDE.readValue(pinned, entry.eventClass()))
              .as("read by the query side (Jackson 3)")
              .isEqualTo(sample);
        });
  }

  @Test
  void no_pinned_form_is_left_for_an_event_no_longer_published() {
    PINNED.assertNoOrphans(EveryEvent.qualifiedTypesEverPublished());
  }
}
