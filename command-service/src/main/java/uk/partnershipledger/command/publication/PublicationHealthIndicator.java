package uk.partnershipledger.command.publication;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the broker answers, and how many stored events still wait to be published.
 *
 * <p>Kafka being down does not stop the ledger taking commands (the event store is the source of
 * truth), but an operator must see it, and see the backlog drain when the broker returns.
 */
@Component("kafka")
class PublicationHealthIndicator extends AbstractHealthIndicator {

  private final KafkaAdmin admin;
  private final EventStore eventStore;
  private final EventProcessingConfiguration processing;

  PublicationHealthIndicator(
      KafkaAdmin admin, EventStore eventStore, EventProcessingConfiguration processing) {
    super("Kafka health check failed");
    this.admin = admin;
    this.eventStore = eventStore;
    this.processing = processing;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    unpublishedEvents().ifPresent(backlog -> builder.withDetail("unpublishedEvents", backlog));
    try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
      DescribeClusterResult cluster =
          client.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
      builder
          .up()
          .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
          .withDetail("nodes", cluster.nodes().get(3, TimeUnit.SECONDS).size());
    }
  }

  private OptionalLong unpublishedEvents() {
    return processing
        .eventProcessor(GovernanceEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
        .map(
            processor -> {
              // An empty store has no head token at all.
              TrackingToken headToken = eventStore.createHeadToken();
              long head = headToken == null ? -1 : headToken.position().orElse(-1);
              long published =
                  processor.processingStatus().values().stream()
                      .map(EventTrackerStatus::getCurrentPosition)
                      .mapToLong(position -> position.orElse(-1))
                      .min()
                      .orElse(-1);
              return OptionalLong.of(Math.max(0, head - published));
            })
        .orElse(OptionalLong.empty());
  }
}
