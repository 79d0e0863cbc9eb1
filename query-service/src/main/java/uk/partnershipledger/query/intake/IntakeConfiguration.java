package uk.partnershipledger.query.intake;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a message the intake cannot project.
 *
 * <p>Two kinds of failure are told apart. An {@link UnreadableEvent} (or a message the CloudEvents
 * deserialiser rejects) will fail the same way every time: it goes to the dead-letter topic at
 * once, with Spring Kafka's exception headers as its reason, and the partition moves on. Anything
 * else, such as the database being down, may pass: the same record is tried again, backing off up
 * to the maximum interval, for as long as it takes, so that no event is ever skipped.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

  @Bean
  NewTopic deadLetterTopic(IntakeProperties properties) {
    // Kept until someone has looked at each dead letter and replayed or discarded it.
    return TopicBuilder.name(properties.deadLetterTopic())
        .partitions(properties.deadLetterPartitions())
        .replicas(properties.replicationFactor())
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))
        .build();
  }

  /** The service's only producer: it copies dead letters byte for byte. */
  @Bean
  KafkaTemplate<Object, Object> deadLetterTemplate(KafkaProperties kafka) {
    return new KafkaTemplate<>(
        new DefaultKafkaProducerFactory<>(
            kafka.buildProducerProperties(),
            new DeadLetterSerializer(),
            new DeadLetterSerializer()));
  }

  /** Picked up by Boot's listener container factory. */
  @Bean
  DefaultErrorHandler intakeErrorHandler(
      KafkaTemplate<Object, Object> deadLetterTemplate, IntakeProperties properties) {
    // No partition given: the dead letter is partitioned by its key, so it fits a dead-letter topic
    // of any size, even one a broker auto-created while this service could not create it.
    DeadLetterPublishingRecoverer deadLetters =
        new DeadLetterPublishingRecoverer(
            deadLetterTemplate,
            (record, exception) -> new TopicPartition(properties.deadLetterTopic(), -1));
    ConsumerAwareRecordRecoverer recoverer =
        (record, consumer, exception) -> {
          log.atError()
              .addKeyValue("topic", record.topic())
              .addKeyValue("partition", record.partition())
              .addKeyValue("offset", record.offset())
              .addKeyValue("aggregateId", record.key())
              .log(
                  "Dead-lettered the message at {}-{}@{} (key {}) to {}: {}",
                  record.topic(),
                  record.partition(),
                  record.offset(),
                  record.key(),
                  properties.deadLetterTopic(),
                  reasonOf(exception));
          deadLetters.accept(record, consumer, exception);
        };

    ExponentialBackOff backOff =
        new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
    backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    backOff.setMaxAttempts(Long.MAX_VALUE);

    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(UnreadableEvent.class);
    handler.setRetryListeners(new RetryLog());
    return handler;
  }

  /** Says why a message is retried, which Spring Kafka itself does not. */
  private static final class RetryLog implements RetryListener {

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
      if (isUnreadable(exception)) {
        return; // dead-lettered at once, and logged there
      }
      log.atWarn()
          .addKeyValue("topic", record.topic())
          .addKeyValue("partition", record.partition())
          .addKeyValue("offset", record.offset())
          .addKeyValue("aggregateId", record.key())
          .addKeyValue("attempt", attempt)
          .log(
              "Attempt {} to project the message at {}-{}@{} (key {}) failed; it will be retried:"
                  + " {}",
              attempt,
              record.topic(),
              record.partition(),
              record.offset(),
              record.key(),
              reasonOf(exception));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
      log.atError()
          .addKeyValue("topic", record.topic())
          .addKeyValue("partition", record.partition())
          .addKeyValue("offset", record.offset())
          .setCause(failure)
          .log(
              "Could not dead-letter the message at {}-{}@{}; it will be tried again",
              record.topic(),
              record.partition(),
              record.offset());
    }
  }

  private static boolean isUnreadable(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnreadableEvent || cause instanceof DeserializationException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reason in words: an {@link UnreadableEvent}'s own message, otherwise the innermost cause
   * (the CloudEvents parser's complaint, the database's), not the listener's wrapper.
   */
  static String reasonOf(Throwable exception) {
    Throwable innermost = exception;
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnreadableEvent) {
        return cause.getMessage();
      }
      innermost = cause;
    }
    return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
  }
}
