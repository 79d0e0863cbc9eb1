package uk.partnershipledger.command.publication;

import io.cloudevents.CloudEvent;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import uk.partnershipledger.events.GovernanceEvent;

/**
 * Forwards every stored event to Kafka, in the order of the event store.
 *
 * <p>It runs in a streaming processor whose token lives in the same database as the events, so the
 * event store stays the source of truth: a command is accepted while Kafka is down, and publication
 * resumes from the token when it returns. A send that fails is thrown, not swallowed: the
 * processor's propagating error handler then backs off and retries the same event, so nothing is
 * skipped. A crash between Kafka's acknowledgement and the token's update sends an event again;
 * consumers de-duplicate by the CloudEvents id.
 */
@ProcessingGroup(GovernanceEventPublisher.PROCESSING_GROUP)
class GovernanceEventPublisher {

  static final String PROCESSING_GROUP = "kafka-publisher";

  private static final Logger log = LoggerFactory.getLogger(GovernanceEventPublisher.class);

  private final KafkaTemplate<String, CloudEvent> kafka;
  private final KafkaAdmin admin;
  private final NewTopic topic;
  private final CloudEventMapper mapper;
  private final PublicationProperties properties;
  private volatile boolean topicEnsured;

  GovernanceEventPublisher(
      KafkaTemplate<String, CloudEvent> kafka,
      KafkaAdmin admin,
      NewTopic topic,
      CloudEventMapper mapper,
      PublicationProperties properties) {
    this.kafka = kafka;
    this.admin = admin;
    this.topic = topic;
    this.mapper = mapper;
    this.properties = properties;
  }

  @EventHandler
  void publish(GovernanceEvent event, DomainEventMessage<?> message)
      throws ExecutionException, InterruptedException, TimeoutException {
    ensureTopic();
    CloudEvent cloudEvent = mapper.toCloudEvent(event, message);
    // Keyed by aggregate id: one aggregate's events share a partition and so keep their order.
    RecordMetadata written =
        kafka
            .send(new ProducerRecord<>(properties.topic(), cloudEvent.getSubject(), cloudEvent))
            .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .getRecordMetadata();
    log.atInfo()
        .addKeyValue("eventId", cloudEvent.getId())
        .addKeyValue("eventType", cloudEvent.getType())
        .addKeyValue("aggregateId", cloudEvent.getSubject())
        .addKeyValue("partition", written.partition())
        .addKeyValue("offset", written.offset())
        .log(
            "Forwarded {} event {} of aggregate {} to {}-{}@{}",
            cloudEvent.getType(),
            cloudEvent.getId(),
            cloudEvent.getSubject(),
            written.topic(),
            written.partition(),
            written.offset());
  }

  /**
   * Creates the topic with its partitions and retention before the first send. Spring creates it at
   * start-up, but not when Kafka was down then, and a broker's auto-created topic would take the
   * broker's defaults, such as a seven-day retention.
   */
  private void ensureTopic() {
    if (!topicEnsured) {
      admin.createOrModifyTopics(topic);
      topicEnsured = true;
    }
  }
}
