package uk.partnershipledger.command.publication;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how events are published.
 *
 * @param topic the Kafka topic every event goes to
 * @param source the CloudEvents {@code source} of every event
 * @param partitions partitions of the topic when the ledger creates it
 * @param replicationFactor replicas of the topic when the ledger creates it (1 for a local broker)
 * @param sendTimeout how long one event may wait for Kafka's acknowledgement before the processor
 *     backs off and tries again; kept below Axon's handler timeout (STACK.md, trap 4)
 */
@ConfigurationProperties("ledger.publication")
public record PublicationProperties(
    String topic, URI source, int partitions, short replicationFactor, Duration sendTimeout) {}
