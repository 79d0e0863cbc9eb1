package uk.partnershipledger.system;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Waits until a consumer group has committed, on every partition of the topic, the topic's end
 * offset: the query service has projected everything published so far. Asking the broker, rather
 * than polling for an answer to appear, cannot be fooled by one partition running ahead of another.
 */
final class TopicReadToEnd {

  private TopicReadToEnd() {}

  static void await(String bootstrapServers, String topic, String group, Duration timeout) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      Awaitility.await(group + " has read " + topic + " to its end")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(500))
          .until(() -> readToEnd(admin, topic, group));
    }
  }

  private static boolean readToEnd(Admin admin, String topic, String group)
      throws InterruptedException, ExecutionException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest =
        admin
            .describeTopics(java.util.List.of(topic))
            .allTopicNames()
            .get()
            .get(topic)
            .partitions()
            .stream()
            .collect(
                Collectors.toMap(
                    partition -> new TopicPartition(topic, partition.partition()),
                    partition -> OffsetSpec.latest()));
    var ends = admin.listOffsets(latest).all().get();
    return ends.entrySet().stream()
        .allMatch(
            end -> {
              OffsetAndMetadata read = committed.get(end.getKey());
              return end.getValue().offset() == 0
                  || (read != null && read.offset() >= end.getValue().offset());
            });
  }
}
