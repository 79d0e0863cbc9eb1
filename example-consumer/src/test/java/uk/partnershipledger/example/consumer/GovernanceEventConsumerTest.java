package uk.partnershipledger.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The consumer's loop against Kafka's own {@link MockConsumer}: commits, duplicates, stopping. */
class GovernanceEventConsumerTest {

  private static final TopicPartition PARTITION =
      new TopicPartition(GovernanceEventConsumer.TOPIC, 0);
  private static final String PARTNERSHIP = "5b0c6a1e-0000-4000-8000-000000000001";

  private final Inspectable kafka = new Inspectable();
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
  private final List<LedgerEvent> handled = new ArrayList<>();

  @Test
  void
      given_an_event_delivered_twice_when_consumed_then_it_is_handled_once_and_every_offset_is_committed() {
    CloudEvent formed = event("e-1", "partnership.formed.v1", 0);
    CloudEvent joined = event("e-2", "partnership.partner-joined.v1", 1);
    deliver(formed, joined, formed);

    consumer(new InMemoryProcessedEvents(), handled::add).run();

    assertThat(handled).extracting(LedgerEvent::id).containsExactly("e-1", "e-2");
    assertThat(committed()).isEqualTo(3);
    assertThat(kafka.closeCalled).isTrue();
  }

  @Test
  void
      given_a_handler_that_fails_when_consumed_then_nothing_is_committed_and_a_redelivery_is_handled() {
    deliver(event("e-1", "partnership.formed.v1", 0));
    InMemoryProcessedEvents processed = new InMemoryProcessedEvents();

    assertThatThrownBy(
            () ->
                consumer(
                        processed,
                        e -> {
                          throw new IllegalStateException("our database is down");
                        })
                    .run())
        .hasMessage("our database is down");

    assertThat(committed()).isZero();
    // The failed effect was not remembered: when the event comes again it is handled.
    assertThat(processed.processOnce(LedgerEvent.from(event("e-1", "x.y.v1", 0)), () -> {}))
        .isTrue();
  }

  @Test
  void
      given_an_event_without_its_effective_date_when_consumed_then_it_is_set_aside_and_the_next_one_is_handled() {
    CloudEvent broken =
        CloudEventBuilder.v1(event("e-1", "partnership.formed.v1", 0))
            .withoutExtension("effectivedate")
            .build();
    deliver(broken, event("e-2", "partnership.partner-joined.v1", 1));

    consumer(new InMemoryProcessedEvents(), handled::add).run();

    assertThat(handled).extracting(LedgerEvent::id).containsExactly("e-2");
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("UNREADABLE governance.events-0@0", "e-1 has no effectivedate");
    assertThat(committed()).isEqualTo(2);
  }

  /** Delivers the events on one partition in one poll; the next poll is woken up, as by SIGTERM. */
  private void deliver(CloudEvent... events) {
    kafka.schedulePollTask(
        () -> {
          kafka.rebalance(List.of(PARTITION));
          kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
          for (int offset = 0; offset < events.length; offset++) {
            kafka.addRecord(
                new ConsumerRecord<>(
                    PARTITION.topic(),
                    PARTITION.partition(),
                    offset,
                    events[offset].getSubject(),
                    events[offset]));
          }
        });
    kafka.schedulePollTask(kafka::wakeup);
  }

  private GovernanceEventConsumer consumer(ProcessedEvents processed, LedgerEventHandler handler) {
    return new GovernanceEventConsumer(
        kafka, processed, handler, new PrintStream(errors, true, StandardCharsets.UTF_8));
  }

  private long committed() {
    OffsetAndMetadata offset = kafka.committed(Set.of(PARTITION)).get(PARTITION);
    return offset == null ? 0 : offset.offset();
  }

  /** Records the close instead of closing, so that the committed offsets can still be asked. */
  private static final class Inspectable extends MockConsumer<String, CloudEvent> {

    private boolean closeCalled;

    Inspectable() {
      super("earliest");
    }

    @Override
    public synchronized void close() {
      closeCalled = true;
    }
  }

  static CloudEvent event(String id, String type, long sequence) {
    return CloudEventBuilder.v1()
        .withId(id)
        .withType(type)
        .withSource(URI.create("/partnership-ledger/command-service"))
        .withSubject(PARTNERSHIP)
        .withTime(OffsetDateTime.parse("2026-11-02T09:15:30Z"))
        .withDataContentType("application/json")
        .withExtension("effectivedate", "2018-04-01")
        .withExtension("aggregatetype", "partnership")
        .withExtension("aggregatesequence", Long.toString(sequence))
        .withExtension("actor", "governance.officer@durham.gov.uk")
        .withData("{}".getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
