package uk.partnershipledger.events.contract;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import uk.partnershipledger.events.EventCatalogue;
import uk.partnershipledger.events.EventCatalogue.Entry;
import uk.partnershipledger.events.EventRevisions;

/** One dynamic test per published event, named by its type, so a new event is never skipped. */
final class EveryEvent {

  private EveryEvent() {}

  static Stream<DynamicTest> check(ThrowingConsumer<Entry> check) {
    return EventCatalogue.all().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.qualifiedType(), () -> check.accept(entry)));
  }

  static Set<String> qualifiedTypes() {
    return EventCatalogue.all().stream().map(Entry::qualifiedType).collect(Collectors.toSet());
  }

  /**
   * The types whose files are checked in: every event's current revision, and every retired one,
   * which is still in event stores and on the topic and whose files are kept as they were.
   */
  static Set<String> qualifiedTypesEverPublished() {
    return Stream.concat(
            qualifiedTypes().stream(),
            EventRevisions.retired().stream().map(EventRevisions.Retired::qualifiedType))
        .collect(Collectors.toSet());
  }
}
