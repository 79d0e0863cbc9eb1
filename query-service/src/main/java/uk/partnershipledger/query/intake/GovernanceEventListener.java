package uk.partnershipledger.query.intake;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes every governance event from Kafka, in order per aggregate (the topic is keyed by aggregate
 * id), and hands it to the intake.
 *
 * <p>The container commits a record's offset only after this method has returned, that is after the
 * projection's transaction has committed (ack mode {@code record}, auto commit off). A failure is
 * left to the error handler of {@link IntakeConfiguration}: unreadable messages are dead-lettered,
 * anything else is retried until it succeeds.
 */
@Component
class GovernanceEventListener {

  static final String LISTENER_ID = "governance-events";

  private final CloudEventReader reader;
  private final EventIntake intake;

  GovernanceEventListener(CloudEventReader reader, EventIntake intake) {
    this.reader = reader;
    this.intake = intake;
  }

  @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${ledger.intake.topic}")
  void receive(ConsumerRecord<String, CloudEvent> record) {
    intake.accept(reader.read(record.value()));
  }
}
