package uk.partnershipledger.query.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the events come from and what happens when one cannot be projected.
 *
 * @param topic the topic the command side publishes every governance event to
 * @param deadLetterTopic where messages that can never be projected go, with the reason
 * @param deadLetterPartitions partitions of the dead-letter topic when this service creates it (as
 *     many as the source topic's)
 * @param replicationFactor replicas of the dead-letter topic (1 for a local broker)
 * @param retry how a failure that may pass (the database is down) is retried: without end, backing
 *     off from the initial to the maximum interval
 * @param healthTimeout how long the Kafka health check waits for the cluster to answer
 */
@ConfigurationProperties("ledger.intake")
public record IntakeProperties(
    String topic,
    String deadLetterTopic,
    int deadLetterPartitions,
    short replicationFactor,
    Retry retry,
    Duration healthTimeout) {

  public record Retry(Duration initialInterval, Duration maxInterval) {}
}
