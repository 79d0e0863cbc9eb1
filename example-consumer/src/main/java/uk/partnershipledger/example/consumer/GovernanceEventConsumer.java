package uk.partnershipledger.example.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code governance.events} at least once and hands each event to a handler exactly once in
 * effect.
 *
 * <ul>
 *   <li><b>Order.</b> The ledger keys every message by its aggregate id, so one aggregate's events
 *       share a partition and arrive in order. Records are handled one at a time, in the order
 *       polled, which keeps that order. (To handle in parallel, split by key, never by record.)
 *   <li><b>At least once.</b> Offsets are committed only after the batch has been handled: a crash
 *       before the commit means the batch is delivered again, and {@link ProcessedEvents} skips
 *       what was already done.
 *   <li><b>Replay.</b> A new group id starts at the beginning of the topic, which the ledger keeps
 *       forever.
 * </ul>
 */
public final class GovernanceEventConsumer implements Runnable {

  public static final String TOPIC = "governance.events";

  private final Consumer<String, CloudEvent> kafka;
  private final ProcessedEvents processed;
  private final LedgerEventHandler handler;
  private final PrintStream log;
  private boolean uncommitted;

  public GovernanceEventConsumer(
      Consumer<String, CloudEvent> kafka,
      ProcessedEvents processed,
      LedgerEventHandler handler,
      PrintStream log) {
    this.kafka = kafka;
    this.processed = processed;
    this.handler = handler;
    this.log = log;
  }

  /** A consumer of the real topic, as {@link ExampleConsumer#main} starts it. */
  public static GovernanceEventConsumer connect(
      String bootstrapServers,
      String groupId,
      ProcessedEvents processed,
      LedgerEventHandler handler,
      PrintStream log) {
    return new GovernanceEventConsumer(
        new KafkaConsumer<>(
            config(bootstrapServers, groupId),
            new StringDeserializer(),
            new CloudEventDeserializer()),
        processed,
        handler,
        log);
  }

  /** Everything a consumer of the ledger needs to set; the rest are Kafka's defaults. */
  public static Properties config(String bootstrapServers, String groupId) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // Your own group: the position in the topic is yours, independent of every other consumer.
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    // A group with no committed position starts at the first event ever published.
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Committed by run() after handling, never on a timer before it.
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // The ledger creates the topic with its partitions and retention; a subscriber must not
    // create it with the broker's defaults by starting first.
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    return config;
  }

  /** Polls until {@link #shutdown()}, then commits what was handled and closes the consumer. */
  @Override
  public void run() {
    try {
      kafka.subscribe(List.of(TOPIC));
      while (true) {
        ConsumerRecords<String, CloudEvent> records = poll();
        for (ConsumerRecord<String, CloudEvent> record : records) {
          uncommitted = true;
          process(record);
        }
        // No rebalance listener is needed: partitions can move only inside poll(), and by then
        // everything handled has been committed here.
        if (uncommitted) {
          kafka.commitSync();
          uncommitted = false;
        }
      }
    } catch (WakeupException shuttingDown) {
      // The wakeup may have interrupted the commit itself; try once more so that a clean stop
      // leaves nothing to be delivered again (a wakeup fires only once).
      if (uncommitted) {
        kafka.commitSync();
      }
    } finally {
      kafka.close();
    }
  }

  /** Safe from any thread, such as a shutdown hook: makes the polling thread leave run(). */
  public void shutdown() {
    kafka.wakeup();
  }

  private ConsumerRecords<String, CloudEvent> poll() {
    while (true) {
      try {
        return kafka.poll(Duration.ofSeconds(1));
      } catch (RecordDeserializationException e) {
        // Not a CloudEvent at all: the SDK could not read its headers. Step over it, or the
        // partition would be stuck on it for ever.
        setAside(e.topicPartition() + "@" + e.offset(), e);
        kafka.seek(e.topicPartition(), e.offset() + 1);
        uncommitted = true;
      }
    }
  }

  private void process(ConsumerRecord<String, CloudEvent> record) {
    try {
      LedgerEvent event = LedgerEvent.from(record.value());
      processed.processOnce(event, () -> handler.handle(event));
    } catch (UnreadableEvent e) {
      setAside(record.topic() + "-" + record.partition() + "@" + record.offset(), e);
    }
  }

  /**
   * A production consumer writes the message to its own dead-letter topic or table (with the
   * reason) to look at and replay later; the example only says so.
   */
  private void setAside(String where, Exception reason) {
    log.println("UNREADABLE " + where + ": " + reason.getMessage());
  }
}
