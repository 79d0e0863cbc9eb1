package uk.partnershipledger.system;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.partnershipledger.example.consumer.GovernanceEventConsumer;
import uk.partnershipledger.example.consumer.InMemoryProcessedEvents;
import uk.partnershipledger.example.consumer.LedgerEvent;
import uk.partnershipledger.example.consumer.ProcessedEvents;

/**
 * The example consumer of docs/consumers.md (the {@code example-consumer} module) against the real
 * thing: the local KRaft broker and the command service in their own JVMs, events published after
 * HTTP commands. So it proves that the example reads the wire format the ledger actually writes,
 * survives a crash before its commit without handling anything twice, keeps each aggregate's order,
 * and that its jar replays the topic from the beginning and stops cleanly on SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleConsumerIT {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
  private static final String TOPIC = GovernanceEventConsumer.TOPIC;
  private static final String OFFICER = "governance.officer@durham.gov.uk";

  private static CommandSideRun system;
  private static LedgerClient client;

  private static String dcc;
  private static String ccg;
  private static String hdft;
  private static String cdcp;

  @BeforeAll
  static void startTheLedgerAndRecordAPartnership() throws IOException {
    system = CommandSideRun.start("example-consumer");
    client = new LedgerClient(system.commandService());

    // Seven events on four aggregates: three registrations; the partnership formed with its two
    // founding partners' joinings, then a third partner joining.
    dcc = client.register("Durham County Council", "LOCAL_AUTHORITY", "1974-04-01");
    ccg = client.register("NHS County Durham CCG", "CLINICAL_COMMISSIONING_GROUP", "2013-04-01");
    hdft = client.register("Harrogate and District NHS FT", "NHS_FOUNDATION_TRUST", "2004-01-01");
    cdcp = client.formPartnership(dcc, ccg);
    LedgerClient.created(client.join(cdcp, hdft, "2020-12-01"));
  }

  @AfterAll
  static void stopTheLedger() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  @Order(1)
  void
      given_a_crash_after_handling_and_before_committing_when_the_consumer_runs_again_then_the_redelivered_events_are_skipped_and_each_aggregate_is_handled_once_in_order()
          throws Exception {
    String group = "example-consumer-it-" + UUID.randomUUID();
    // The team's own record of processed events: in production a table in its database, which
    // outlives the crash. Both runs share it.
    ProcessedEvents store = new InMemoryProcessedEvents();
    List<LedgerEvent> handled = new CopyOnWriteArrayList<>();

    Watched crashing = new Watched(store, 7);
    CompletableFuture<Void> firstRun =
        CompletableFuture.runAsync(
            GovernanceEventConsumer.connect(
                system.bootstrapServers(), group, crashing, handled::add, System.err));
    assertThatThrownBy(() -> firstRun.get(READ_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(SimulatedCrash.class);
    assertThat(handled).hasSize(7);

    // The ledger goes on while the consumer is down: the CCG gives notice and leaves.
    accepted(
        "/partnerships/" + cdcp + "/partners/" + ccg + "/notice",
        """
        {"effectiveDate": "2022-01-10", "intendedLeavingDate": "2022-07-01",
         "reason": "Letter of 10 January 2022"}""");
    accepted(
        "/partnerships/" + cdcp + "/partners/" + ccg + "/leaving",
        """
        {"effectiveDate": "2022-07-01", "reason": "Health and Care Act 2022"}""");

    Watched restarted = new Watched(store, Integer.MAX_VALUE);
    GovernanceEventConsumer secondRun =
        GovernanceEventConsumer.connect(
            system.bootstrapServers(), group, restarted, handled::add, System.err);
    CompletableFuture<Void> running = CompletableFuture.runAsync(secondRun);
    try {
      Awaitility.await("nine events handled").atMost(READ_TIMEOUT).until(() -> handled.size() >= 9);
      // Committed after handling: the group's position reaches the end of the topic.
      TopicReadToEnd.await(system.bootstrapServers(), TOPIC, group, READ_TIMEOUT);
    } finally {
      secondRun.shutdown();
    }
    running.get(READ_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

    // The crash came after the seventh event's effect and before its commit: Kafka delivered it
    // (at least) again, and the store recognised it by its id.
    assertThat(restarted.duplicates.get()).isPositive();
    assertThat(handled).extracting(LedgerEvent::id).doesNotHaveDuplicates().hasSize(9);
    assertThat(handled).extracting(LedgerEvent::actor).containsOnly(OFFICER);

    Map<String, List<LedgerEvent>> byAggregate =
        handled.stream().collect(groupingBy(LedgerEvent::subject, LinkedHashMap::new, toList()));
    assertThat(byAggregate.keySet()).containsExactlyInAnyOrder(dcc, ccg, hdft, cdcp);
    byAggregate.forEach(
        (aggregate, events) ->
            assertThat(events)
                .extracting(LedgerEvent::aggregateSequence)
                .as("%s handled in its own order", aggregate)
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList()));
    assertThat(byAggregate.get(cdcp))
        .extracting(LedgerEvent::type, e -> e.effectiveDate().toString())
        .containsExactly(
            tuple("partnership.formed.v1", "2018-04-01"),
            tuple("partnership.partner-joined.v1", "2018-04-01"),
            tuple("partnership.partner-joined.v1", "2018-04-01"),
            tuple("partnership.partner-joined.v1", "2020-12-01"),
            tuple("partnership.partner-gave-notice.v1", "2022-01-10"),
            tuple("partnership.partner-left.v1", "2022-07-01"));
  }

  @Test
  @Order(2)
  void
      given_the_topic_when_the_example_jar_runs_with_a_new_group_then_it_prints_every_event_from_the_beginning_and_stops_cleanly_on_sigterm()
          throws Exception {
    String group = "example-consumer-replay-" + UUID.randomUUID();
    Path output = system.directory().resolve("logs/example-consumer.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                system.root().resolve("example-consumer/target/example-consumer.jar").toString(),
                system.bootstrapServers(),
                group)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      TopicReadToEnd.await(system.bootstrapServers(), TOPIC, group, READ_TIMEOUT);
    } finally {
      process.destroy(); // SIGTERM, as a container stop sends
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
    }

    List<String> lines = Files.readAllLines(output);
    assertThat(lines).as("the shutdown hook let the loop commit and close").isNotEmpty();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Stopped: everything handled is committed");
    assertThat(lines).filteredOn(line -> line.matches("^\\S+\\.v\\d+ .*")).hasSize(9);
    String by = " by " + OFFICER + ": ";
    assertThat(lines)
        .filteredOn(line -> line.contains(" " + cdcp + " "))
        .containsExactly(
            "partnership.formed.v1 "
                + cdcp
                + " effective 2018-04-01"
                + by
                + "County Durham Care Partnership formed in County Durham",
            "partnership.partner-joined.v1 "
                + cdcp
                + " effective 2018-04-01"
                + by
                + "organisation "
                + dcc
                + " joined",
            "partnership.partner-joined.v1 "
                + cdcp
                + " effective 2018-04-01"
                + by
                + "organisation "
                + ccg
                + " joined",
            "partnership.partner-joined.v1 "
                + cdcp
                + " effective 2020-12-01"
                + by
                + "organisation "
                + hdft
                + " joined",
            "partnership.partner-gave-notice.v1 "
                + cdcp
                + " effective 2022-01-10"
                + by
                + "not used by this consumer",
            "partnership.partner-left.v1 "
                + cdcp
                + " effective 2022-07-01"
                + by
                + "organisation "
                + ccg
                + " left");
  }

  private static void accepted(String path, String body) {
    HttpResponse<String> response = client.command(path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /**
   * The team's store as the test sees it: counts the duplicates it skipped, and can crash the
   * consumer right after the n-th effect, before that batch's offsets are committed.
   */
  private static final class Watched implements ProcessedEvents {

    private final ProcessedEvents store;
    private final int crashAfter;
    private final AtomicInteger applied = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();

    Watched(ProcessedEvents store, int crashAfter) {
      this.store = store;
      this.crashAfter = crashAfter;
    }

    @Override
    public boolean processOnce(LedgerEvent event, Runnable effect) {
      boolean appliedNow = store.processOnce(event, effect);
      if (!appliedNow) {
        duplicates.incrementAndGet();
      } else if (applied.incrementAndGet() == crashAfter) {
        throw new SimulatedCrash();
      }
      return appliedNow;
    }
  }

  private static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash() {
      super("the process died after handling an event and before committing it");
    }
  }
}
